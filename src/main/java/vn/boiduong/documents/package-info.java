/**
 * Rendering of XLSX, DOCX and PDF in the official layout (used by the other modules).
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.documents;
