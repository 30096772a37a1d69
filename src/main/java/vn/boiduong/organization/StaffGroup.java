package vn.boiduong.organization;

/** A kind of person as the official forms count them: CB, CC, VC or NLĐ, leader or not. */
public record StaffGroup(StaffCategory category, boolean leader) {
}
