/**
 * Shared kernel: the signed-in actor, roles, paging, problem details and the audit event that
 * every module publishes. Every module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.boiduong.common;
