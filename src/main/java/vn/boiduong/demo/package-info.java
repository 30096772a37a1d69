/**
 * The demo agency of api.md (Sở Nội vụ tỉnh Bắc Giang, its units, staff and accounts), loaded on
 * the default profile only. It sits after every step so that it may fill each of them. It writes
 * through the modules' {@code seeding} interfaces (see the {@code scale} module's package-info for
 * why those exist and who may use them).
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.demo;
