/** Web plumbing shared by every module: problem answers and the error controller. */
@NullMarked
@NamedInterface("web")
package vn.grassroots.shared.web;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.NamedInterface;
