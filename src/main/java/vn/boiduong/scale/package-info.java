/**
 * Scale data for the benchmarks (README "Scale data and benchmarks", bench/benchmark.sh): a whole
 * province (about 40 agencies, 800 units, 50,000 staff), its competency assessments, this year's
 * accepted needs and a plan of 2,000 items. Switched on only by
 * {@code --boiduong.province-generator=true} (sizes: {@code boiduong.province-generator.staff},
 * {@code .home-affairs-staff}, {@code .home-affairs-people-per-need}, {@code .plan-items}); the
 * runners go after the demo data, in the order organisation, competency, needs, plan
 * ({@link vn.boiduong.scale.ProvinceGenerator#ORDER} + 0, 10, 20, 30).
 *
 * <p>Why a module of its own, beside {@code demo}: it is tooling for measuring, not part of the
 * procedure, so it is kept out of the modules that run the procedure; a reader of
 * {@code organization} or {@code needs} finds only what an agency uses. Nothing depends on it.
 *
 * <p>How it writes. The generators write with plain JDBC batches into the tables of
 * {@code organization}, {@code competency}, {@code needs} and {@code planning}: tens of thousands of
 * rows through JPA would take minutes, these take seconds. That is a deliberate exception to "each
 * module owns its tables", allowed only here: the text keys they store come from the owning
 * module's own functions ({@code VietnameseNames}, {@code Staff.searchTextOf},
 * {@code CompetencySetup.jobPositionKey}), and {@code ProvinceGeneratorsIT} checks that the
 * application reads what they write (the gap table, the consolidation, the forms and the decision
 * of the generated plan) on H2 and PostgreSQL. What must follow the procedure's rules does: the
 * plan is opened, submitted and approved through {@code PlanService} with actors of the right roles.
 *
 * <p>Seeding without a person's rights. A person's request goes through a module's services,
 * which check the actor's rights. Start-up data has no person behind it, so each module that needs
 * seeding offers one narrow class for it ({@code OrganizationSetup}, {@code CompetencySetup},
 * {@code NeedsSetup}, {@code AccountSetup}), declared as the module's named interface
 * {@code seeding} ({@code @NamedInterface(name = "seeding", propagate = false)}: the class alone,
 * not the value types of its signature, which stay the module's ordinary face). Only {@code demo}
 * and {@code scale} may use those interfaces: {@code ModularityTest} fails if any other module
 * reaches one. This was chosen over moving
 * the set-up logic into the seeders and writing through the ordinary services with a "system"
 * actor: such an actor would be one more role every rights check must know about, and anyone who
 * can build an actor could claim it; a named interface keeps the ordinary services free of it and
 * makes the few callers visible and checked at build time.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.scale;
