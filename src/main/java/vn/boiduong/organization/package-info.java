/**
 * Agencies, units (the Office flagged) and staff of the four categories, with their grades,
 * titles and qualifications; the Excel import of staff. The first module: every step reads it.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.organization;
