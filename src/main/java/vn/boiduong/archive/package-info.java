/**
 * B7: record sets, stored files, retention and controlled disposal.
 * <p>Empty until its issue; kept so the module map of architecture.md is visible from the start.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.archive;
