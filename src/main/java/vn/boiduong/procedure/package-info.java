/**
 * The procedure QT.VP.05 as a controlled document: its steps B1–B7, due-date offsets, revisions;
 * the home page that shows where the year stands.
 */
@org.springframework.modulith.ApplicationModule
package vn.boiduong.procedure;
