/**
 * The demo agency of api.md (Sở Nội vụ tỉnh Bắc Giang, its units, staff and accounts), loaded on
 * the default profile only. It sits after every step so that it may fill each of them.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.demo;
