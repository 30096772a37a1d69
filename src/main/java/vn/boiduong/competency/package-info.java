/**
 * B1 of QT.VP.05 (section 5.2.1), "xác định nhu cầu": the catalogue of required competencies in the
 * seed's two groups, the level each job position, grade or professional title requires, dated
 * assessments of what each person has, the gaps between them per unit, and the organisational
 * analysis against standards kept as data. {@link vn.boiduong.competency.NeedSuggestions} turns a
 * gap or a finding into a suggested training need for the needs module.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.competency;
