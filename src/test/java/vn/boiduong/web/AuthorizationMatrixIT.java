package vn.boiduong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.boiduong.common.Role;
import vn.boiduong.fixtures.SecondAgency;
import vn.boiduong.identity.AccountSetup;
import vn.boiduong.identity.UserService;
import vn.boiduong.organization.Gender;
import vn.boiduong.organization.OrganizationSetup;
import vn.boiduong.organization.StaffCategory;
import vn.boiduong.organization.StaffData;
import vn.boiduong.planning.Plans;
import vn.boiduong.support.Api;
import vn.boiduong.support.HttpTest;

/**
 * The authorisation matrix (issue 13): every endpoint of the application, as its own
 * {@link RequestMappingHandlerMapping} lists them, asked by every role, on an object of the actor's
 * own unit, of another unit of the same agency and of another agency, over real HTTP on the real
 * database; the answer is compared with {@link #TABLE}. An endpoint missing from the table fails
 * the test with its name; so does a line of the table no endpoint has any more.
 *
 * <h2>Reading and extending the table</h2>
 * One line per endpoint: method, path pattern exactly as mapped, the target that fills the path's
 * variables (see {@link #targets}), then one cell per column of {@link #COLUMNS}. A cell is one
 * outcome for all three scopes, or three separated by '/': own unit / other unit / other agency.
 * <ul>
 *   <li>{@code A} allowed: passed the rights check (2xx, a redirect that is not to the sign-in page,
 *       or 400/409/413/415 for the empty body the matrix sends: the check came first);</li>
 *   <li>{@code F} 403, a right the role does not have;</li>
 *   <li>{@code N} 404, out of the actor's scope (or no such object);</li>
 *   <li>{@code L} no sign-in: 401, a redirect to /login, or the 403 of a write without a session.</li>
 * </ul>
 * A 5xx is never expected. Who acts: {@link #ACTORS}. "Other agency" is the same role in the second
 * agency ({@link SecondAgency}) acting on the first agency's (SNV's) objects; SUPER is the
 * installation administrator (no agency) and ANON nobody, each with one cell. To add an endpoint:
 * run the test, copy its line from {@code target/authorization-matrix-observed.txt} (every line as
 * observed), check each cell is what the rules say, and paste it here.
 */
class AuthorizationMatrixIT extends HttpTest {

    static final List<String> COLUMNS = List.of("ADMIN", "SUPER", "DIRECTOR", "OFFICE_CHIEF", "OFFICE_SPECIALIST",
            "UNIT_HEAD", "STAFF", "ANON");

    /** Who acts for a column: own unit, other unit, other agency (null: nobody signed in). */
    static final Map<String, String[]> ACTORS = Map.of(
            "ADMIN", new String[] {"admin", "admin", SecondAgency.ADMIN},
            "SUPER", new String[] {SecondAgency.INSTALLATION_ADMIN, SecondAgency.INSTALLATION_ADMIN,
                    SecondAgency.INSTALLATION_ADMIN},
            "DIRECTOR", new String[] {"giamdoc", "giamdoc", SecondAgency.DIRECTOR},
            "OFFICE_CHIEF", new String[] {"chanhvp", "chanhvp", SecondAgency.OFFICE_CHIEF},
            "OFFICE_SPECIALIST", new String[] {"chuyenvien", "chuyenvien", SecondAgency.OFFICE_SPECIALIST},
            "UNIT_HEAD", new String[] {"tp.cchc", "tp.tccb", SecondAgency.UNIT_HEAD},
            "STAFF", new String[] {"nhanvien", MatrixData.OTHER_UNIT_STAFF, SecondAgency.STAFF},
            "ANON", new String[] {null, null, null});

    // @formatter:off
    static final String TABLE = """
            # Columns: ADMIN SUPER DIRECTOR OFFICE_CHIEF OFFICE_SPECIALIST UNIT_HEAD STAFF ANON (see COLUMNS).
            # Read with care: an "A" for another agency on a write (PUT /api/v1/staff/{id}, POST /staff/{id}/edit,
            # PUT /api/v1/standard-rules/{id}, the multipart uploads) is the 400 of the empty body, answered
            # before the object is looked up: nothing is read or written. SUPER is the installation
            # administrator: an administrator in every agency (Actor.seesAgency), without an agency's workflow.
            # New endpoints (B5 classes, allocation, certificates, /verify/{code}, API tokens, audit check):
            # add their lines here, with a target in targets() when their path has variables.
            # method path                                                target       ADMIN SUPER DIR   OCHF  OSPC  UHEAD STAFF ANON
            GET    /                                                              -            A     A     A     A     A     A     A     L
            GET    /admin/agencies                                                -            F     A     F     F     F     F     F     L
            POST   /admin/agencies/administrators                                 -            F     A     F     F     F     F     F     L
            GET    /admin/agency                                                  -            A     A     F     F     F     F     F     L
            POST   /admin/agency                                                  -            A     N     F     F     F     F     F     L
            GET    /admin/agency/new                                              -            F     A     F     F     F     F     F     L
            POST   /admin/agency/new                                              -            F     A     F     F     F     F     F     L
            POST   /admin/agency/units                                            -            A     N     F     F     F     F     F     L
            GET    /admin/forms                                                   -            A     A     F     F     F     F     F     L
            GET    /admin/forms/{code}                                            form         A     A     F     F     F     F     F     L
            POST   /admin/forms/{code}                                            form         A     A     F     F     F     F     F     L
            POST   /admin/forms/{code}/reset                                      form         A     A     F     F     F     F     F     L
            POST   /admin/forms/{code}/texts                                      form         A     A     F     F     F     F     F     L
            GET    /admin/users                                                   -            A     A     F     F     F     F     F     L
            GET    /admin/users/new                                               -            A     A     F     F     F     F     F     L
            POST   /admin/users/new                                               -            A     A     F     F     F     F     F     L
            GET    /admin/users/{id}                                              user         A/A/N A     F     F     F     F     F     L
            POST   /admin/users/{id}                                              user         A/A/N A     F     F     F     F     F     L
            POST   /admin/users/{id}/unlock                                       user         A/A/N A     F     F     F     F     F     L
            GET    /api/v1/audit                                                  -            A     A     A     A     F     F     F     L
            GET    /api/v1/classes                                                -            A     A     A     A     A     A     F     L
            GET    /api/v1/competencies                                           -            A     A     A     A     A     A     A     L
            POST   /api/v1/competencies                                           -            A     A     F     A     A     F     F     L
            GET    /api/v1/competencies/{id}                                      competency   A/A/N N     A/A/N A/A/N A/A/N A/A/N A/A/N L
            PUT    /api/v1/competencies/{id}                                      competency   A/A/N N     F     A/A/N A/A/N F     F     L
            POST   /api/v1/competencies/{id}/deactivate                           competency   A/A/N N     F     A/A/N A/A/N F     F     L
            POST   /api/v1/competencies/{id}/reactivate                           competency   A/A/N N     F     A/A/N A/A/N F     F     L
            GET    /api/v1/competencies/{id}/requirements                         competency   A/A/N N     A/A/N A/A/N A/A/N A/A/N A/A/N L
            POST   /api/v1/competencies/{id}/requirements                         competency   A/A/N N     F     A/A/N A/A/N F     F     L
            GET    /api/v1/competency-findings                                    -            F     F     A     A     A     A     F     L
            DELETE /api/v1/competency-requirements/{id}                           requirement  N     N     F     N     N     F     F     L
            GET    /api/v1/dashboard                                              -            F     F     A     A     A     A     F     L
            GET    /api/v1/forms                                                  -            A     A     A     A     A     F     F     L
            DELETE /api/v1/forms/{code}/definition                                form         A     A     F     F     F     F     F     L
            GET    /api/v1/forms/{code}/definition                                form         A     A     A     A     A     F     F     L
            PUT    /api/v1/forms/{code}/definition                                form         A     A     F     F     F     F     F     L
            GET    /api/v1/job-positions                                          -            A     A     A     A     A     A     A     L
            POST   /api/v1/job-positions                                          -            A     A     F     A     A     F     F     L
            GET    /api/v1/me                                                     -            A     A     A     A     A     A     A     L
            GET    /api/v1/need-suggestions                                       -            A     A     A     A     A     A     A     L
            GET    /api/v1/needs                                                  -            F     F     A     A     A     A     A     L
            POST   /api/v1/needs                                                  -            F     F     F     F     A     A     F     L
            GET    /api/v1/needs/categories                                       -            A     A     A     A     A     A     A     L
            GET    /api/v1/needs/collections                                      -            A     A     A     A     A     A     A     L
            POST   /api/v1/needs/collections                                      -            F     F     F     A     A     F     F     L
            POST   /api/v1/needs/consolidated                                     -            F     F     F     A     A     F     F     L
            DELETE /api/v1/needs/consolidated/{id}                                consolidated F     F     F     N     N     F     F     L
            POST   /api/v1/needs/from-finding                                     -            F     F     F     F     A     A     F     L
            POST   /api/v1/needs/from-gap                                         -            F     F     F     F     A     A     F     L
            GET    /api/v1/needs/summary                                          -            A     A     A     A     A     A     A     L
            GET    /api/v1/needs/summary.xlsx                                     -            A     A     A     A     A     A     A     L
            GET    /api/v1/needs/{id}                                             need         F     F     A/A/N A/A/N A/A/N A/N/N N     L
            PUT    /api/v1/needs/{id}                                             need         F     F     F/F/N F/F/N A/A/N A/N/N N     L
            POST   /api/v1/needs/{id}/accept                                      need         F     F     F/F/N A/A/N A/A/N F/N/N N     L
            POST   /api/v1/needs/{id}/return                                      need         F     F     F/F/N A/A/N A/A/N F/N/N N     L
            POST   /api/v1/needs/{id}/submit                                      need         F     F     F/F/N F/F/N F/F/N A/N/N N     L
            GET    /api/v1/notifications                                          -            A     A     A     A     A     A     A     L
            POST   /api/v1/notifications/read-all                                 -            A     A     A     A     A     A     A     L
            GET    /api/v1/notifications/unread-count                             -            A     A     A     A     A     A     A     L
            POST   /api/v1/notifications/{id}/read                                notification N     N     N     N     N     N     N     L
            GET    /api/v1/plans                                                  -            A     A     A     A     A     A     F     L
            POST   /api/v1/plans                                                  -            F     F     F     A     F     F     F     L
            GET    /api/v1/plans/{id}                                             plan         A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            POST   /api/v1/plans/{id}/approve                                     plan         F/F/N F     A/A/N F/F/N F/F/N F/F/N F     L
            GET    /api/v1/plans/{id}/decision.docx                               plan         F/F/N F     A/A/N A/A/N A/A/N A/A/N F     L
            GET    /api/v1/plans/{id}/decision.pdf                                plan         F/F/N F     A/A/N A/A/N A/A/N A/A/N F     L
            POST   /api/v1/plans/{id}/items                                       plan         F     F     F     A/A/N A/A/N F     F     L
            DELETE /api/v1/plans/{id}/items/{itemId}                              plan-item    F/F/N F     F/F/N A/A/N N     F/F/N F     L
            PUT    /api/v1/plans/{id}/items/{itemId}                              plan-item    F     F     F     A/A/N A/A/N F     F     L
            POST   /api/v1/plans/{id}/return                                      plan         F/F/N F     A/A/N F/F/N F/F/N F/F/N F     L
            POST   /api/v1/plans/{id}/submit                                      plan         F/F/N F     F/F/N A/A/N F/F/N F/F/N F     L
            GET    /api/v1/procedure                                              -            A     A     A     A     A     A     A     L
            GET    /api/v1/procedure/due-dates                                    -            A     A     A     A     A     A     A     L
            GET    /api/v1/procedure/progress                                     -            A     A     A     A     A     A     A     L
            GET    /api/v1/reports/{form:2[abc]}                                  report       F     F     A     A     A     F     F     L
            GET    /api/v1/results-reports                                        -            F     F     A     A     A     F     F     L
            POST   /api/v1/results-reports                                        -            F     F     F     A     F     F     F     L
            GET    /api/v1/results-reports/{id}                                   results-report F     F     A/A/N A/A/N A/A/N F     F     L
            PUT    /api/v1/results-reports/{id}                                   results-report F     F     F/F/N A/A/N F/F/N F     F     L
            POST   /api/v1/results-reports/{id}/acknowledge                       results-report F     F     A/A/N F/F/N F/F/N F     F     L
            GET    /api/v1/results-reports/{id}/report.docx                       results-report F     F     A/A/N A/A/N A/A/N F     F     L
            GET    /api/v1/results-reports/{id}/report.pdf                        results-report F     F     A/A/N A/A/N A/A/N F     F     L
            POST   /api/v1/results-reports/{id}/return                            results-report F     F     A/A/N F/F/N F/F/N F     F     L
            POST   /api/v1/results-reports/{id}/submit                            results-report F     F     F/F/N A/A/N F/F/N F     F     L
            GET    /api/v1/staff                                                  -            A     A     A     A     A     A     F     L
            POST   /api/v1/staff                                                  -            A     A     F     A     A     F     F     L
            POST   /api/v1/staff/imports                                          -            A     A     A     A     A     A     A     L
            GET    /api/v1/staff/imports/template.xlsx                            -            A     A     A     A     A     A     A     L
            GET    /api/v1/staff/imports/{id}                                     import       N     N     F     F     N     F     F     L
            GET    /api/v1/staff/{id}                                             staff        A/A/N A     A/A/N A/A/N A/A/N A/N/N F     L
            PUT    /api/v1/staff/{id}                                             staff        A     A     F     A     A     F     F     L
            GET    /api/v1/staff/{id}/competencies                                staff        A/A/N A     A/A/N A/A/N A/A/N A/N/N F     L
            POST   /api/v1/staff/{id}/competency-assessments                      staff        F     F     F     A/A/N A/A/N A/N/N F     L
            POST   /api/v1/staff/{id}/deactivate                                  staff        A/A/N A     F     A/A/N A/A/N F     F     L
            GET    /api/v1/staff/{staffId}/assessments/{assessmentId}/evidence    evidence     N     N     N     N     N     N     F     L
            POST   /api/v1/staff/{staffId}/assessments/{assessmentId}/evidence    evidence     A     A     A     A     A     A     A     L
            GET    /api/v1/staff/{staffId}/assessments/{assessmentId}/evidence/{fileId} evidence     N     N     N     N     N     N     F     L
            GET    /api/v1/standard-rules                                         -            A     A     A     A     A     A     F     L
            POST   /api/v1/standard-rules                                         -            A     A     F     A     F     F     F     L
            GET    /api/v1/standard-rules/{id}                                    rule         A/A/N N     A/A/N A/A/N A/A/N A/A/N F     L
            PUT    /api/v1/standard-rules/{id}                                    rule         A     A     F     A     F     F     F     L
            POST   /api/v1/standard-rules/{id}/deactivate                         rule         A/A/N N     F     A/A/N F     F     F     L
            POST   /api/v1/standard-rules/{id}/reactivate                         rule         A/A/N N     F     A/A/N F     F     F     L
            GET    /api/v1/units                                                  -            A     A     A     A     A     A     A     L
            GET    /api/v1/units/{id}/competency-gaps                             unit         A/A/N A     A/A/N A/A/N A/A/N A/N/N F     L
            GET    /api/v1/units/{id}/findings                                    unit         F     F     A/A/N A/A/N A/A/N A/N/N F     L
            GET    /audit                                                         -            A     A     A     A     F     F     F     L
            GET    /classes                                                       -            A     A     A     A     A     A     F     L
            GET    /competencies                                                  -            A     A     A     A     A     A     A     L
            GET    /competencies/analysis                                         -            A     A     A     A     A     A     F     L
            GET    /competencies/analysis/rules/new                               -            A     A     F     A     F     F     F     L
            POST   /competencies/analysis/rules/new                               -            A     A     F     A     F     F     F     L
            GET    /competencies/analysis/rules/{id}/edit                         rule         A/A/N N     F     A/A/N F     F     F     L
            POST   /competencies/analysis/rules/{id}/edit                         rule         A/A/N N     F     A/A/N F     F     F     L
            POST   /competencies/analysis/rules/{id}/{change:deactivate|reactivate} rule-change  A/A/N N     F     A/A/N F     F     F     L
            GET    /competencies/gaps                                             -            A     A     A     A     A     A     A     L
            GET    /competencies/new                                              -            A     A     F     A     A     F     F     L
            POST   /competencies/new                                              -            A     A     F     A     A     F     F     L
            GET    /competencies/positions                                        -            A     A     A     A     A     A     A     L
            POST   /competencies/positions                                        -            A     A     F     A     A     F     F     L
            GET    /competencies/staff/{id}                                       staff        A/A/N A     A/A/N A/A/N A/A/N A/N/N F     L
            POST   /competencies/staff/{id}                                       staff        F     F     F     A/A/N A/A/N A/N/N F     L
            POST   /competencies/staff/{id}/assessments/{aid}/evidence            evidence     F     F     F     N     N     N     F     L
            GET    /competencies/{id}                                             competency   A/A/N N     A/A/N A/A/N A/A/N A/A/N A/A/N L
            POST   /competencies/{id}/deactivate                                  competency   A/A/N N     F     A/A/N A/A/N F     F     L
            GET    /competencies/{id}/edit                                        competency   A/A/N N     F     A/A/N A/A/N F     F     L
            POST   /competencies/{id}/edit                                        competency   A/A/N N     F     A/A/N A/A/N F     F     L
            POST   /competencies/{id}/reactivate                                  competency   A/A/N N     F     A/A/N A/A/N F     F     L
            POST   /competencies/{id}/requirements                                competency   A/A/N N     F     A/A/N A/A/N F     F     L
            POST   /competency-requirements/{rid}/remove                          requirement  A     A     A     A     A     A     A     L
            GET    /forbidden                                                     -            F     F     F     F     F     F     F     L
            GET    /login                                                         -            A     A     A     A     A     A     A     A
            GET    /needs                                                         -            F     F     A     A     A     A     A     L
            GET    /needs/collection                                              -            F     F     A     A     A     F     F     L
            POST   /needs/collections                                             -            F     F     F     A     A     F     F     L
            GET    /needs/consolidation                                           -            F     F     A     A     A     F     F     L
            POST   /needs/consolidation/merge                                     -            A     A     A     A     A     A     A     L
            POST   /needs/consolidation/{lineId}/unmerge                          line         A     A     A     A     A     A     A     L
            POST   /needs/from-finding                                            -            F     F     F     F     A     A     F     L
            POST   /needs/from-gap                                                -            F     F     F     F     A     A     F     L
            GET    /needs/levels                                                  -            A     A     A     A     A     A     A     L
            GET    /needs/new                                                     -            F     F     F     F     A     A     F     L
            POST   /needs/new                                                     -            F     F     F     F     A     A     F     L
            GET    /needs/staff-options                                           -            F     F     F     F     A     A     F     L
            GET    /needs/{id}                                                    need         F     F     A/A/N A/A/N A/A/N A/N/N N     L
            POST   /needs/{id}                                                    need         F     F     F/F/N F/F/N A/A/N A/N/N N     L
            POST   /needs/{id}/accept                                             need         F     F     F/F/N A/A/N A/A/N F/N/N N     L
            POST   /needs/{id}/return                                             need         F     F     F/F/N A/A/N A/A/N F/N/N N     L
            POST   /needs/{id}/submit                                             need         F     F     F/F/N F/F/N F/F/N A/N/N N     L
            GET    /notifications                                                 -            A     A     A     A     A     A     A     L
            POST   /notifications/read-all                                        -            A     A     A     A     A     A     A     L
            POST   /notifications/{id}/open                                       notification N     N     N     N     N     N     N     L
            GET    /plans                                                         -            A     A     A     A     A     A     F     L
            POST   /plans                                                         -            F     F     F     A     F     F     F     L
            GET    /plans/{id}                                                    plan         A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            POST   /plans/{id}/approve                                            plan         F/F/N F     A/A/N F/F/N F/F/N F/F/N F     L
            POST   /plans/{id}/items                                              plan         F     F     F     A/A/N A/A/N F     F     L
            GET    /plans/{id}/items/new                                          plan         F     F     F     A/A/N A/A/N F     F     L
            POST   /plans/{id}/items/{itemId}                                     plan-item    F     F     F     A/A/N A/A/N F     F     L
            POST   /plans/{id}/items/{itemId}/delete                              plan-item    F/F/N F     F/F/N N     N     F/F/N F     L
            GET    /plans/{id}/items/{itemId}/edit                                plan-item    F     F     F     N     N     F     F     L
            POST   /plans/{id}/return                                             plan         F/F/N F     A/A/N F/F/N F/F/N F/F/N F     L
            POST   /plans/{id}/submit                                             plan         F/F/N F     F/F/N A/A/N F/F/N F/F/N F     L
            GET    /procedure                                                     -            A     A     A     A     A     A     A     L
            POST   /procedure/edit                                                -            A     A     F     F     F     F     F     L
            POST   /procedure/revisions                                           -            A     A     F     F     F     F     F     L
            GET    /reports                                                       -            F     F     A     A     A     F     F     L
            GET    /results-reports                                               -            F     F     A     A     A     F     F     L
            POST   /results-reports                                               -            F     F     F     A     F     F     F     L
            GET    /results-reports/{id}                                          results-report F     F     A/A/N A/A/N A/A/N F     F     L
            POST   /results-reports/{id}                                          results-report F     F     F/F/N A/A/N F/F/N F     F     L
            POST   /results-reports/{id}/acknowledge                              results-report F     F     A/A/N F/F/N F/F/N F     F     L
            POST   /results-reports/{id}/return                                   results-report F     F     A/A/N F/F/N F/F/N F     F     L
            POST   /results-reports/{id}/submit                                   results-report F     F     F/F/N A/A/N F/F/N F     F     L
            GET    /staff                                                         -            A     A     A     A     A     A     F     L
            GET    /staff/import                                                  -            A     A     F     F     A     F     F     L
            POST   /staff/import                                                  -            A     A     F     F     A     F     F     L
            GET    /staff/import/template.xlsx                                    -            A     A     A     A     A     A     A     L
            GET    /staff/import/{id}                                             import       N     N     F     F     N     F     F     L
            GET    /staff/import/{id}/progress                                    import       N     N     F     F     N     F     F     L
            GET    /staff/new                                                     -            A     A     F     A     A     F     F     L
            POST   /staff/new                                                     -            A     A     F     A     A     F     F     L
            GET    /staff/{id}                                                    staff        A/A/N A     A/A/N A/A/N A/A/N A/N/N F     L
            POST   /staff/{id}/deactivate                                         staff        A/A/N A     F     A/A/N A/A/N F     F     L
            GET    /staff/{id}/edit                                               staff        A/A/N A     F     A/A/N A/A/N F     F     L
            POST   /staff/{id}/edit                                               staff        A     A     F     A     A     F     F     L
            POST   /staff/{id}/reactivate                                         staff        A/A/N A     F     A/A/N A/A/N F     F     L
            GET    /units/{id}/gaps                                               unit         A/A/N A     A/A/N A/A/N A/A/N A/N/N F     L
            # B7 archive: the walk's record set is SNV's own, made for the walk ("record-set"); disposal acts ask
            # the right first (the Director decides, the Office chief records the council), then the state.
            GET    /api/v1/fixity-runs                                            -            A     A     A     A     A     F     F     L
            POST   /api/v1/fixity-runs                                            -            A     A     F     F     F     F     F     L
            GET    /api/v1/fixity-runs/{id}/findings                              fixity-run   N     N     N     N     N     F     F     L
            GET    /api/v1/record-sets                                            -            F     F     A     A     A     F     F     L
            POST   /api/v1/record-sets                                            -            F     F     F     A     A     F     F     L
            POST   /api/v1/record-sets/import                                     -            A     A     A     A     A     A     A     L
            GET    /api/v1/record-sets/{id}                                       record-set   F     F     A/A/N A/A/N A/A/N F     F     L
            POST   /api/v1/record-sets/{id}/close                                 record-set   F     F     F/F/N A/A/N A/A/N F     F     L
            POST   /api/v1/record-sets/{id}/disposal                              record-set   F     F     F/F/N A/A/N A/A/N F     F     L
            POST   /api/v1/record-sets/{id}/disposal/approve                      record-set   F     F     A/A/N F/F/N F/F/N F     F     L
            POST   /api/v1/record-sets/{id}/disposal/opinion                      record-set   F     F     F/F/N A/A/N F/F/N F     F     L
            POST   /api/v1/record-sets/{id}/disposal/reject                       record-set   F     F     A/A/N F/F/N F/F/N F     F     L
            POST   /api/v1/record-sets/{id}/documents                             record-set   A     A     A     A     A     A     A     L
            GET    /api/v1/record-sets/{id}/documents/{docId}                     record-set   F     F     N     N     N     F     F     L
            GET    /api/v1/record-sets/{id}/export                                record-set   F     F     F/F/N A/A/N A/A/N F     F     L
            GET    /api/v1/retention-rules                                        -            A     A     A     A     A     F     F     L
            POST   /api/v1/retention-rules                                        -            A     A     F     F     F     F     F     L
            GET    /archive                                                       -            F     F     A     A     A     F     F     L
            GET    /archive/fixity                                                -            A     A     A     A     A     F     F     L
            POST   /archive/import                                                -            F     F     F     A     A     F     F     L
            GET    /archive/retention                                             -            A     A     A     A     A     F     F     L
            POST   /archive/retention                                             -            A     A     F     F     F     F     F     L
            GET    /archive/{id}                                                  record-set   F     F     A/A/N A/A/N A/A/N F     F     L
            POST   /archive/{id}/close                                            record-set   F     F     F/F/A A     A     F     F     L
            POST   /archive/{id}/disposal                                         record-set   F     F     F/F/A A     A     F     F     L
            POST   /archive/{id}/disposal/approve                                 record-set   F     F     A     F/F/A F/F/A F     F     L
            POST   /archive/{id}/disposal/opinion                                 record-set   F     F     F/F/A A     F/F/A F     F     L
            POST   /archive/{id}/disposal/reject                                  record-set   F     F     A     F/F/A F/F/A F     F     L
            POST   /archive/{id}/documents                                        record-set   F     F     F/F/A A     A     F     F     L
            # B6 forms 1a/1b and the province roll-up (only PROVINCE_OFFICER reads /province…: see PROVINCE_TABLE)
            GET    /api/v1/reports/{form:1[ab]}                                   result-report F     F     A     A     A     F     F     L
            GET    /api/v1/province/agencies                                      -            F     F     F     F     F     F     F     L
            GET    /api/v1/province/agencies/{agencyId}/reports/{form}            province     F     F     F     F     F     F     F     L
            GET    /api/v1/province/reports/{form}                                report       F     F     F     F     F     F     F     L
            GET    /province                                                      -            F     F     F     F     F     F     F     L
            GET    /province/agencies/{agencyId}                                  province     F     F     F     F     F     F     F     L
            # B5 and issue 13 endpoints. Class paths are asked of a real class of SNV (target "class": the
            # demo's CANCELLED class, given a session of its own by the test), so every act is refused harmlessly
            # (409, or 400 for the empty body, both counted A) after the rights and scope checks that these
            # lines are about; the other agency's actors get 404 from the API. A page's form answers another
            # agency's class with a redirect to the class's page carrying the message (the page itself then
            # answers 404), which the matrix counts as A. PUT competencies, POST results and PUT attendance
            # ask the rights before reading the body (a STAFF user gets 403, not the 400 of the body's shape).
            GET    /admin/backup                                                  -            A     A     F     F     F     F     F     L
            POST   /admin/backup                                                  -            A     A     F     F     F     F     F     L
            GET    /admin/backup/{name}                                           none         N     N     F     F     F     F     F     L
            POST   /admin/users/{userId}/tokens/{tokenId}/revoke                  user         N     N     F     F     F     F     F     L
            GET    /api/v1/audit/chain-check                                      -            A     A     F     F     F     F     F     L
            GET    /api/v1/backups                                                -            A     A     F     F     F     F     F     L
            POST   /api/v1/backups                                                -            A     A     F     F     F     F     F     L
            GET    /api/v1/backups/{name}                                         none         N     N     F     F     F     F     F     L
            GET    /api/v1/classes/{id}                                           class        A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            GET    /api/v1/classes/{id}/attendance                                class        A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            GET    /api/v1/classes/{id}/calendar.ics                              class        A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            POST   /api/v1/classes/{id}/cancel                                    class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            GET    /api/v1/classes/{id}/candidates                                class        F/F/N F     F/F/N F/F/N F/F/N A/A/N F     L
            PUT    /api/v1/classes/{id}/capacity                                  class        F/F/N F     F/F/N A/A/N F/F/N F/F/N F     L
            GET    /api/v1/classes/{id}/certificates                              class        A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            GET    /api/v1/classes/{id}/certificates/{staffId}.pdf                class        F/F/N F     F/F/N N     N     F/F/N F/F/N L
            POST   /api/v1/classes/{id}/certificates/{staffId}/external           class        F/F/N F     F/F/N N     N     F/F/N F     L
            POST   /api/v1/classes/{id}/certificates/{staffId}/revoke             class        F/F/N F     F/F/N N     F/F/N F/F/N F/F/N L
            GET    /api/v1/classes/{id}/certificates/{staffId}/scan               class        F/F/N F     F/F/N N     N     F/F/N F/F/N L
            POST   /api/v1/classes/{id}/close                                     class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            GET    /api/v1/classes/{id}/competencies                              class        A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            PUT    /api/v1/classes/{id}/competencies                              class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/decision                                  class        F/F/N F     F/F/N A/A/N F/F/N F/F/N F     L
            GET    /api/v1/classes/{id}/decision.docx                             class        N     N     N     N     N     N     F     L
            GET    /api/v1/classes/{id}/decision.pdf                              class        N     N     N     N     N     N     F     L
            GET    /api/v1/classes/{id}/enrollments                               class        A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            POST   /api/v1/classes/{id}/enrollments                               class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            GET    /api/v1/classes/{id}/feedback                                  class        F/F/N F     A/A/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/feedback                                  class        N     N     N     N     N     N     N     L
            POST   /api/v1/classes/{id}/finish                                    class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            PUT    /api/v1/classes/{id}/institution                               class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/lecturers                                 class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/nominations                               class        F/F/N F     F/F/N F/F/N F/F/N A/A/N F     L
            POST   /api/v1/classes/{id}/nominations/{staffId}/refuse              class        F/F/N F     F/F/N N     N     F/F/N F     L
            POST   /api/v1/classes/{id}/open                                      class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/results                                   class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/sessions                                  class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            DELETE /api/v1/classes/{id}/sessions/{sessionId}                      class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            PUT    /api/v1/classes/{id}/sessions/{sessionId}                      class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            PUT    /api/v1/classes/{id}/sessions/{sessionId}/attendance           class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            GET    /api/v1/classes/{id}/spending                                  class        A/A/N A     A/A/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/spending                                  class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/classes/{id}/start                                     class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            GET    /api/v1/feedback/questions                                     -            A     A     A     A     A     A     A     L
            GET    /api/v1/institutions                                           -            A     A     A     A     A     F     F     L
            POST   /api/v1/institutions                                           -            F     F     F     A     A     F     F     L
            PUT    /api/v1/institutions/{id}                                      none         F     F     F     N     N     F     F     L
            GET    /api/v1/me/tokens                                              -            A     A     A     A     A     A     A     L
            POST   /api/v1/me/tokens                                              -            A     A     A     A     A     A     A     L
            DELETE /api/v1/me/tokens/{tokenId}                                    none         N     N     N     N     N     N     N     L
            GET    /api/v1/me/training                                            -            N     N     A/A/N A/A/N A/A/N A/A/N A/N/A L
            GET    /api/v1/me/training.ics                                        -            N     N     A/A/N A/A/N A/A/N A/A/N A/N/A L
            GET    /api/v1/plans/{id}/allocation                                  plan         A/A/N A     A/A/N A/A/N A/A/N F/F/N F     L
            PUT    /api/v1/plans/{id}/allocation                                  plan         F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /api/v1/plans/{id}/announcement                                plan         F/F/N F     F/F/N A/A/N F/F/N F/F/N F     L
            GET    /api/v1/plans/{id}/announcement.docx                           plan         N     N     N     N     N     N     F     L
            GET    /api/v1/plans/{id}/announcement.pdf                            plan         N     N     N     N     N     N     F     L
            GET    /api/v1/spending-lines                                         -            A     A     A     A     A     A     A     L
            GET    /api/v1/staff/{staffId}/training-record                        staff        F     F     A/A/N A/A/N A/A/N A/N/N F     L
            GET    /api/v1/users/{userId}/tokens                                  user         N     N     F     F     F     F     F     L
            POST   /api/v1/users/{userId}/tokens                                  user         N     N     F     F     F     F     F     L
            DELETE /api/v1/users/{userId}/tokens/{tokenId}                        user         N     N     F     F     F     F     F     L
            GET    /audit/chain-check                                             -            A     A     F     F     F     F     F     L
            GET    /calendar                                                      -            A     A     A     A     A     A     A     L
            GET    /classes/{id}                                                  class        A/A/N A     A/A/N A/A/N A/A/N A/A/N F     L
            POST   /classes/{id}/attendance/{staffId}                             class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/cancel                                           class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/capacity                                         class        F/F/A F     F/F/A A     F/F/A F/F/A F     L
            GET    /classes/{id}/certificates/{staffId}.pdf                       class        F/F/N F     F/F/N N     N     F/F/N F/F/N L
            POST   /classes/{id}/certificates/{staffId}/external                  class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/certificates/{staffId}/revoke                    class        F/F/A F     F/F/A A     F/F/A F/F/A F/F/A L
            GET    /classes/{id}/certificates/{staffId}/scan                      class        F/F/N F     F/F/N N     N     F/F/N F/F/N L
            POST   /classes/{id}/close                                            class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/competencies                                     class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /classes/{id}/competencies/{competencyId}/remove               class        F/F/N F     F/F/N A/A/N A/A/N F/F/N F     L
            POST   /classes/{id}/decision                                         class        F/F/A F     F/F/A A     F/F/A F/F/A F     L
            POST   /classes/{id}/enrollments                                      class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/finish                                           class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/institution                                      class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/lecturers                                        class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/nominations                                      class        F/F/A F     F/F/A F/F/A F/F/A A     F     L
            POST   /classes/{id}/nominations/{staffId}/refuse                     class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/open                                             class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/results                                          class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/sessions                                         class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/sessions/{sessionId}/delete                      class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/spending                                         class        F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /classes/{id}/start                                            class        F/F/A F     F/F/A A     A     F/F/A F     L
            GET    /institutions                                                  -            A     A     A     A     A     F     F     L
            POST   /institutions                                                  -            F     F     F     A     A     F     F     L
            POST   /institutions/{id}                                             none         F     F     F     A     A     F     F     L
            GET    /me                                                            -            A     A     A     A     A     A     A     L
            POST   /me/tokens                                                     -            A     A     A     A     A     A     A     L
            POST   /me/tokens/{tokenId}/revoke                                    none         N     N     N     N     N     N     N     L
            GET    /me/training                                                   -            N     N     A/A/N A/A/N A/A/N A/A/N A/N/A L
            POST   /me/training/classes/{id}/feedback                             none         N     N     N     N     N     N     N     L
            GET    /plans/{id}/allocation                                         plan         A/A/N A     A/A/N A/A/N A/A/N F/F/N F     L
            POST   /plans/{id}/allocation                                         plan         F/F/A F     F/F/A A     A     F/F/A F     L
            POST   /plans/{id}/announcement                                       plan         F/F/A F     F/F/A A     F/F/A F/F/A F     L
            # B6 supervision: planned against actual (office roles and the Director; a unit head 403) and the visits
            GET    /api/v1/plans/{id}/supervision                                 plan         F     F     A/A/N A/A/N A/A/N F     F     L
            GET    /api/v1/supervision-visits                                     -            F     F     A     A     A     A     F     L
            POST   /api/v1/supervision-visits                                     -            F     F     F     A     F     F     F     L
            GET    /api/v1/supervision-visits/{id}                                none         F     F     N     N     N     N     F     L
            POST   /api/v1/supervision-visits/{id}/close                          none         F     F     N     N     N     N     F     L
            POST   /api/v1/supervision-visits/{id}/requests/{requestId}/close     none         F     F     N     N     N     N     F     L
            GET    /plans/{id}/supervision                                        plan         F     F     A/A/N A/A/N A/A/N F     F     L
            GET    /supervision-visits                                            -            F     F     A     A     A     A     F     L
            POST   /supervision-visits                                            -            F     F     F     A     F     F     F     L
            GET    /supervision-visits/new                                        -            F     F     F     A     F     F     F     L
            GET    /supervision-visits/requests/{requestId}                       none         F     F     N     N     N     N     F     L
            GET    /supervision-visits/{id}                                       none         F     F     N     N     N     N     F     L
            POST   /supervision-visits/{id}/close                                 none         F     F     N     N     N     N     F     L
            POST   /supervision-visits/{id}/requests/{requestId}/close            none         F     F     N     N     N     N     F     L
            GET    /verify/{code}                                                 none         N     N     N     N     N     N     N     N
            """;
    // @formatter:on

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    OrganizationSetup organization;
    @Autowired
    AccountSetup accounts;
    @Autowired
    JdbcTemplate jdbc;

    /** The objects of SNV's unit CCHC (tp.cchc's and nhanvien's) the matrix acts on. */
    static final class MatrixData {
        static final String OTHER_UNIT_STAFF = "mt.nv.tccb";
        static final String TARGET_USER = "mt.tk.cchc";
        long unit;
        long staff;
        long need;
        long plan;
        long item;
        long competency;
        long rule;
        long user;
        long importId;
        long notification;
        long assessment;
        long resultsReport;
        /** SNV's id (the province officer's drill-down). */
        long agency;
        long classId;
        long session;
        long recordSet;
        long fixityRun;
    }

    record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint o) {
            int c = path.compareTo(o.path);
            return c != 0 ? c : method.compareTo(o.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Row(String target, Map<String, String[]> cells) {
    }

    @Test
    void everyEndpointAnswersEveryRoleAsTheTableSays() throws Exception {
        TreeSet<Endpoint> endpoints = endpoints();
        Map<Endpoint, Row> table = parse(TABLE);

        List<String> missing = endpoints.stream().filter(e -> !table.containsKey(e))
                .map(e -> "Endpoint missing from AuthorizationMatrixIT.TABLE: " + e
                        + " (add its line; run the test and see target/authorization-matrix-observed.txt)")
                .toList();
        List<String> stale = table.keySet().stream().filter(e -> !endpoints.contains(e))
                .map(e -> "Line of AuthorizationMatrixIT.TABLE without an endpoint: " + e).toList();

        MatrixData d = data();
        Map<String, Session> sessions = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        int sent = 0;
        try {
            for (Endpoint e : endpoints) {
                Row row = table.get(e);
                String target = row != null ? row.target() : guessTarget(e.path());
                StringBuilder line = new StringBuilder(String.format("%-6s %-62s %-12s", e.method(), e.path(), target));
                for (String column : COLUMNS) {
                    String[] got = new String[3];
                    String[] users = ACTORS.get(column);
                    for (int scope = 0; scope < 3; scope++) {
                        if (scope > 0 && java.util.Objects.equals(users[scope], users[scope - 1])) {
                            got[scope] = got[scope - 1]; // the same person on the same object: asked once
                            continue;
                        }
                        String path = fill(e.path(), target, d);
                        Session s = users[scope] == null ? new Session(baseUrl(), null)
                                : sessions.computeIfAbsent(users[scope], u -> new Session(baseUrl(), u));
                        got[scope] = outcome(s.send(e.method(), path), users[scope] == null, e + " as "
                                + users[scope], wrong);
                        sent++;
                    }
                    String cell = got[0].equals(got[1]) && got[1].equals(got[2]) ? got[0]
                            : got[0] + "/" + got[1] + "/" + got[2];
                    line.append(' ').append(String.format("%-5s", cell));
                    if (row != null) {
                        String[] want = row.cells().get(column);
                        for (int scope = 0; scope < 3; scope++) {
                            if (!want[scope].equals(got[scope])) {
                                wrong.add(e + " as " + column + " (" + new String[] {"own unit", "other unit",
                                        "other agency"}[scope] + ", " + users[scope] + "): expected " + want[scope]
                                        + ", got " + got[scope]);
                            }
                        }
                    }
                }
                observed.append(line.toString().stripTrailing()).append('\n');
            }
        } finally {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/authorization-matrix-observed.txt"), observed.toString());
            // what the walk changed on SNV's shared objects is put back for the tests that follow
            // only rows the walk left inactive are touched (an update of an untouched row re-checks its constraints)
            jdbc.update("update standard_rule set active = true where id = ? and active = false", d.rule);
            jdbc.update("update competency set active = true where id = ? and active = false", d.competency);
        }
        assertThat(missing).as("endpoints missing from the table").isEmpty();
        assertThat(stale).as("lines of the table without an endpoint").isEmpty();
        assertThat(wrong).as("answers that differ from the table (%d requests)", sent).isEmpty();
    }

    /**
     * The province officer ({@code ccvc}, B6): a ninth role that has no column in {@link #TABLE} (rows
     * are added there in parallel by every step); instead, every endpoint is asked once as {@code ccvc}
     * on the same targets, and the answer must be 403 unless this table says otherwise. The province
     * officer reads the province's pages and its own signed-in basics, and writes nothing: the only
     * writes allowed are about the account itself (its notices read, a personal API token to read the
     * province's forms with), listed in {@link #PROVINCE_SELF_SERVICE}.
     */
    // @formatter:off
    static final String PROVINCE_TABLE = """
            # method path                                                expected (F when the endpoint is not listed)
            # the province's pages and API
            GET    /api/v1/province/agencies                                      A
            GET    /api/v1/province/agencies/{agencyId}/reports/{form}            A
            GET    /api/v1/province/reports/{form}                                A
            GET    /province                                                      A
            GET    /province/agencies/{agencyId}                                  A
            # what every signed-in person reads: the home page, the procedure, the agency's catalogues (SNV's:
            # the Department of Home Affairs is the province officer's own agency), own notices and tokens;
            # lists scoped to the reader (needs naming them: none) and objects asked with id 0 (N)
            GET    /                                                              A
            GET    /api/v1/competencies                                           A
            GET    /api/v1/competencies/{id}                                      A
            GET    /api/v1/competencies/{id}/requirements                         A
            GET    /api/v1/feedback/questions                                     A
            GET    /api/v1/job-positions                                          A
            GET    /api/v1/me                                                     A
            GET    /api/v1/me/tokens                                              A
            GET    /api/v1/me/training                                            N
            GET    /api/v1/me/training.ics                                        N
            GET    /api/v1/need-suggestions                                       A
            GET    /api/v1/needs                                                  A
            GET    /api/v1/needs/categories                                       A
            GET    /api/v1/needs/collections                                      A
            GET    /api/v1/needs/summary                                          A
            GET    /api/v1/needs/summary.xlsx                                     A
            GET    /api/v1/needs/{id}                                             N
            GET    /api/v1/notifications                                          A
            GET    /api/v1/notifications/unread-count                             A
            GET    /api/v1/procedure                                              A
            GET    /api/v1/procedure/due-dates                                    A
            GET    /api/v1/procedure/progress                                     A
            GET    /api/v1/spending-lines                                         A
            GET    /api/v1/staff/imports/template.xlsx                            A
            GET    /api/v1/units                                                  A
            GET    /calendar                                                      A
            GET    /competencies                                                  A
            GET    /competencies/gaps                                             A
            GET    /competencies/positions                                        A
            GET    /competencies/{id}                                             A
            GET    /login                                                         A
            GET    /me                                                            A
            GET    /me/training                                                   N
            GET    /needs                                                         A
            GET    /needs/levels                                                  A
            GET    /needs/{id}                                                    N
            GET    /notifications                                                 A
            GET    /procedure                                                     A
            GET    /staff/import/template.xlsx                                    A
            GET    /verify/{code}                                                 N
            """;
    // @formatter:on

    static final java.util.Set<String> PROVINCE_SELF_SERVICE = java.util.Set.of("POST /api/v1/notifications/read-all",
            "POST /notifications/read-all", "POST /api/v1/me/tokens", "POST /me/tokens",
            // not a write: the page checks the empty form's decision number before the right and redirects
            // back with that refusal (class id 0, nothing exists to revoke); delivery's order, see its row in TABLE
            "POST /classes/{id}/certificates/{staffId}/revoke");

    @Test
    void theProvinceOfficerReadsOnlyTheProvinceAndWritesNothing() throws Exception {
        TreeSet<Endpoint> endpoints = endpoints();
        Map<Endpoint, Row> table = parse(TABLE);
        Map<Endpoint, String> expected = new TreeMap<>();
        for (String raw : PROVINCE_TABLE.split("\n")) {
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                String[] f = line.split("\\s+");
                expected.put(new Endpoint(f[0], f[1]), f[2]);
            }
        }
        MatrixData d = data();
        Session s = new Session(baseUrl(), "ccvc");
        List<String> wrong = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        StringBuilder observed = new StringBuilder();
        try {
            for (Endpoint e : endpoints) {
                Row row = table.get(e);
                String target = row != null ? row.target() : guessTarget(e.path());
                HttpResponse<byte[]> r = s.send(e.method(), fill(e.path(), target, d));
                String got = outcome(r, false, e + " as ccvc", wrong);
                if (!got.equals("F")) {
                    observed.append(String.format("%-6s %-62s %s%n", e.method(), e.path(),
                            e.method().equals("GET") ? got : String.valueOf(r.statusCode())));
                }
                if (e.method().equals("GET")) {
                    String want = expected.getOrDefault(e, "F");
                    if (!got.equals(want)) {
                        wrong.add(e + " as the province officer: expected " + want + ", got " + got);
                    }
                } else if (r.statusCode() < 400 && !PROVINCE_SELF_SERVICE.contains(e.toString())) {
                    // a write is refused: 403, or the empty body's 400/415 (nothing read or written), or 404
                    writes.add(e + " answered " + r.statusCode());
                }
            }
        } finally {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/authorization-matrix-province-observed.txt"), observed.toString());
            // only rows the walk left inactive are touched (an update of an untouched row re-checks its constraints)
            jdbc.update("update standard_rule set active = true where id = ? and active = false", d.rule);
            jdbc.update("update competency set active = true where id = ? and active = false", d.competency);
        }
        assertThat(writes).as("writes the province officer got through").isEmpty();
        assertThat(wrong).as("answers to the province officer that differ from PROVINCE_TABLE").isEmpty();
        assertThat(expected.keySet()).as("lines of PROVINCE_TABLE without an endpoint").allMatch(endpoints::contains);
    }

    /** Every endpoint of the application's own controllers (not the framework's: /error, springdoc). */
    TreeSet<Endpoint> endpoints() {
        TreeSet<Endpoint> out = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
            if (!m.getValue().getBeanType().getPackageName().startsWith("vn.boiduong")) {
                continue;
            }
            RequestMappingInfo info = m.getKey();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                    out.add(new Endpoint(method.name(), pattern));
                }
            }
        }
        return out;
    }

    static Map<Endpoint, Row> parse(String table) {
        Map<Endpoint, Row> out = new TreeMap<>();
        for (String raw : table.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 3 + COLUMNS.size()) {
                throw new IllegalArgumentException("AuthorizationMatrixIT.TABLE: " + COLUMNS.size()
                        + " cells expected after method, path and target: " + line);
            }
            Map<String, String[]> cells = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                String[] c = f[3 + i].split("/");
                cells.put(COLUMNS.get(i), c.length == 3 ? c : new String[] {c[0], c[0], c[0]});
            }
            out.put(new Endpoint(f[0], f[1]), new Row(f[2], cells));
        }
        return out;
    }

    /** The outcome class of an answer; a 5xx is recorded as a failure whatever the table says. */
    static String outcome(HttpResponse<byte[]> r, boolean anonymous, String what, List<String> wrong) {
        int s = r.statusCode();
        if (s >= 500) {
            wrong.add(what + ": " + s + " " + new String(r.body(), StandardCharsets.UTF_8).lines().limit(3).toList());
            return "E";
        }
        String location = r.headers().firstValue("Location").orElse("");
        if (s == 401 || (s / 100 == 3 && location.contains("/login")) || (anonymous && s == 403)) {
            return "L";
        }
        return switch (s) {
            case 403 -> "F";
            case 404 -> "N";
            default -> "A";
        };
    }

    /** The target of an endpoint not in the table yet, from its path (the observed file shows it). */
    static String guessTarget(String path) {
        if (!path.contains("{")) {
            return "-";
        }
        if (path.contains("/evidence")) {
            return "evidence";
        }
        if (path.contains("/items/{itemId}")) {
            return "plan-item";
        }
        if (path.contains("{change")) {
            return "rule-change";
        }
        String[] kinds = {"results-reports", "results-report", "standard-rules", "rule", "rules", "rule",
            "needs/consolidated", "consolidated",
            "consolidation", "line", "needs", "need", "plans", "plan", "staff/import", "import", "imports", "import",
            "staff", "staff", "units", "unit", "users", "user", "competency-requirements", "requirement",
            "competencies", "competency", "forms", "form", "reports", "report", "notifications", "notification"};
        for (int i = 0; i < kinds.length; i += 2) {
            if (path.contains("/" + kinds[i] + "/")) {
                return kinds[i + 1];
            }
        }
        return "none";
    }

    /** Fills a path's variables with the target's ids; a variable the target does not know gets 0 (no such object). */
    static String fill(String pattern, String target, MatrixData d) {
        Map<String, Object> v = targets(target, d);
        Matcher m = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}").matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(v.getOrDefault(m.group(1), 0)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The path variables of each target, all SNV's, of its unit CCHC where a unit applies. Objects a
     * write would destroy for the tests that follow (a demo requirement, a consolidated need, an
     * evidence file) are not made: their targets ask for id 0, which still tells a missing right (403)
     * from a missing object (404).
     */
    static Map<String, Object> targets(String target, MatrixData d) {
        return switch (target) {
            case "staff" -> Map.of("id", d.staff, "staffId", d.staff);
            case "need" -> Map.of("id", d.need);
            case "plan" -> Map.of("id", d.plan);
            case "plan-item" -> Map.of("id", d.plan, "itemId", d.item);
            case "unit" -> Map.of("id", d.unit);
            case "user" -> Map.of("id", d.user);
            case "competency" -> Map.of("id", d.competency);
            case "rule" -> Map.of("id", d.rule);
            case "rule-change" -> Map.of("id", d.rule, "change", "deactivate");
            case "import" -> Map.of("id", d.importId);
            case "notification" -> Map.of("id", d.notification);
            case "assessment" -> Map.of("id", d.staff, "aid", d.assessment);
            case "evidence" -> Map.of("staffId", d.staff, "assessmentId", d.assessment);
            case "class" -> Map.of("id", d.classId, "staffId", d.staff, "sessionId", d.session, "competencyId",
                    d.competency);
            case "form" -> Map.of("code", "2a");
            case "report" -> Map.of("form", "2a");
            case "results-report" -> Map.of("id", d.resultsReport);
            case "result-report" -> Map.of("form", "1a");
            case "province" -> Map.of("agencyId", d.agency, "form", "1a");
            case "record-set" -> Map.of("id", d.recordSet, "docId", 0);
            case "fixity-run" -> Map.of("id", d.fixityRun);
            default -> Map.of();
        };
    }

    MatrixData data() {
        SecondAgency.ensure(organization, accounts);
        MatrixData d = new MatrixData();
        long snv = jdbc.queryForObject("select id from agency where code = 'SNV'", Long.class);
        d.agency = snv;
        d.unit = jdbc.queryForObject("select id from unit where agency_id = ? and code = 'CCHC'", Long.class, snv);
        long tccb = jdbc.queryForObject("select id from unit where agency_id = ? and code = 'TCBC'", Long.class, snv);
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        d.staff = organization.createStaff(snv, "MT-" + suffix, new StaffData(d.unit, "Lâm Thị Ma Trận",
                StaffCategory.CIVIL_SERVANT, Gender.FEMALE, java.time.LocalDate.of(1990, 3, 3), false, null, null,
                null, null, false, null, null, null, null, null)).id();
        if (jdbc.queryForObject("select count(*) from app_user where username = ?", Long.class,
                MatrixData.OTHER_UNIT_STAFF) == 0) {
            accounts.create(new UserService.UserForm(MatrixData.OTHER_UNIT_STAFF, "Cán bộ Phòng Tổ chức",
                    EnumSet.of(Role.STAFF), tccb, null, true, Api.DEMO_PASSWORD), snv);
            accounts.create(new UserService.UserForm(MatrixData.TARGET_USER, "Tài khoản Ma Trận",
                    EnumSet.of(Role.STAFF), d.unit, null, true, Api.DEMO_PASSWORD), snv);
        }
        d.user = jdbc.queryForObject("select id from app_user where username = ?", Long.class, MatrixData.TARGET_USER);
        Api api = api();
        d.need = vn.boiduong.fixtures.NeedFixtures.draft(api, "tp.cchc", vn.boiduong.fixtures.NeedFixtures.need(d.unit,
                vn.boiduong.fixtures.NeedFixtures.uniqueTitle("Nhu cầu của ma trận")));
        int year = 2050; // a plan year no other test opens (PlanPagesIT uses 2071)
        Long plan = jdbc.query("select id from training_plan where agency_id = ? and plan_year = ?",
                rs -> rs.next() ? rs.getLong(1) : null, snv, year);
        d.plan = plan != null ? plan : Plans.open(api().as("chanhvp"), year).get("id").asLong();
        Map<String, Object> item = new LinkedHashMap<>(Plans.item("Bồi dưỡng của ma trận", "DIGITAL", null, 5,
                10_000_000L));
        item.put("startDate", year + "-03-02"); // inside the plan's year
        item.put("endDate", year + "-03-06");
        d.item = Plans.addItem(api().as("chuyenvien"), d.plan, item);
        d.competency = first("select min(id) from competency where agency_id = ?", snv);
        // SNV's report to the Director of 2068 (a year no other test reports), left a draft: every act the
        // matrix sends it (empty bodies) is refused by input or state, so it stays a draft
        Long report = jdbc.query("select id from results_report where agency_id = ? and report_year = 2068",
                rs -> rs.next() ? rs.getLong(1) : null, snv);
        d.resultsReport = report != null ? report : api().as("chanhvp").postJson("/api/v1/results-reports",
                Map.of("year", 2068)).json().get("id").asLong();
        // a record set of SNV's own for the walk (closing it, proposing its disposal) that no other test reads
        var set = api().as("chanhvp").postJson("/api/v1/record-sets", Map.of("year", 2050, "title",
                "Hồ sơ của ma trận " + suffix, "trainingContent", "Ma trận " + suffix));
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        d.recordSet = set.json().get("id").asLong();
        d.fixityRun = 0;
        d.rule = first("select min(id) from standard_rule where agency_id = ?", snv);
        cancelledClass(d, snv);
        // made by other tests or not at all, so asked as id 0 (the answer must not depend on the order of tests)
        d.importId = 0;
        d.notification = 0;
        d.assessment = 0;
        return d;
    }

    /**
     * The class every class path is asked of: the demo's CANCELLED class of SNV (every act the matrix
     * sends is refused by its state, with 409, or 400 for its empty body, so nothing changes and the
     * answers do not depend on the order of rows or tests), given one session of its own when it has
     * none (a cancelled class takes no new session through the API). A plan year of its own was tried
     * first, but every year from 2026 to 2100 is some other test's.
     */
    private void cancelledClass(MatrixData d, long snv) {
        d.classId = jdbc.queryForObject("select min(id) from training_class where agency_id = ? and status = 'CANCELLED'",
                Long.class, snv);
        assertThat(d.classId).as("the demo's cancelled class").isNotNull();
        Long session = jdbc.queryForObject("select min(id) from class_session where class_id = ?", Long.class,
                d.classId);
        if (session == null) {
            java.time.LocalDate day = jdbc.queryForObject("select start_date from training_class where id = ?",
                    java.time.LocalDate.class, d.classId);
            jdbc.update("insert into class_session (class_id, session_date, start_time, end_time, room, topic)"
                    + " values (?, ?, time '08:00:00', time '11:00:00', 'Phòng họp', 'Buổi của ma trận')", d.classId, day);
            session = jdbc.queryForObject("select min(id) from class_session where class_id = ?", Long.class, d.classId);
        }
        d.session = session;
    }

    private long first(String sql, Object... args) {
        Long id = jdbc.queryForObject(sql, Long.class, args);
        return id == null ? 0 : id;
    }

    /** One person's signed-in session (cookie and CSRF token), or nobody's. */
    static final class Session {
        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        private String csrf;

        Session(String base, String username) {
            this.base = base;
            if (username != null) {
                String password = username.startsWith("tach.") || username.equals(SecondAgency.INSTALLATION_ADMIN)
                        ? SecondAgency.PASSWORD : Api.DEMO_PASSWORD;
                readCsrf("/login");
                HttpResponse<byte[]> r = send("POST", "/login", "username=" + enc(username) + "&password="
                        + enc(password), "application/x-www-form-urlencoded");
                if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
                    throw new IllegalStateException("sign-in failed for " + username);
                }
                readCsrf("/");
            }
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        private void readCsrf(String page) {
            String html = new String(send("GET", page).body(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(html);
            if (m.find()) {
                csrf = m.group(1);
            }
        }

        /** An empty body: JSON {} to the API, an empty form to the pages. */
        HttpResponse<byte[]> send(String method, String path) {
            boolean api = path.startsWith("/api/");
            return send(method, path, api ? "{}" : "", api ? "application/json" : "application/x-www-form-urlencoded");
        }

        HttpResponse<byte[]> send(String method, String path, String body, String type) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (method.equals("GET")) {
                b.GET();
            } else {
                b.method(method, HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type);
                if (csrf != null) {
                    b.header("X-CSRF-TOKEN", csrf);
                }
            }
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
