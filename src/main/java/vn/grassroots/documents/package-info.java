/**
 * Documents: streaming XLSX exports and checked XLSX imports (Apache POI), PDF documents
 * with fonts that render Vietnamese (OpenPDF with DejaVu) and QR codes, for every
 * business module.
 */
@NullMarked
@ApplicationModule(displayName = "Documents", allowedDependencies = { "shared" })
package vn.grassroots.documents;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
