package vn.grassroots.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;

import org.springframework.stereotype.Component;

/**
 * Fonts and images for PDF documents made with OpenPDF. The DejaVu fonts cover Vietnamese
 * (precomposed letters with diacritics, đ); they are embedded in every PDF, so it renders
 * the same on any reader.
 */
@Component
public class PdfDocuments {

	/** Font faces available. */
	public enum Face {

		/** DejaVu Sans. */
		SANS("DejaVuSans.ttf"),
		/** DejaVu Sans Bold. */
		SANS_BOLD("DejaVuSans-Bold.ttf"),
		/** DejaVu Serif, for administrative documents. */
		SERIF("DejaVuSerif.ttf"),
		/** DejaVu Serif Bold. */
		SERIF_BOLD("DejaVuSerif-Bold.ttf"),
		/** DejaVu Serif Italic. */
		SERIF_ITALIC("DejaVuSerif-Italic.ttf");

		private final String file;

		Face(String file) {
			this.file = file;
		}

	}

	private static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

	private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);

	/** A font of the face and size (points). */
	public Font font(Face face, float size) {
		return new Font(base(face), size);
	}

	/** The embedded base font of a face. */
	public synchronized BaseFont base(Face face) {
		return this.fonts.computeIfAbsent(face, (f) -> {
			try (InputStream in = PdfDocuments.class.getResourceAsStream(FONT_DIR + f.file)) {
				if (in == null) {
					throw new IllegalStateException("font " + f.file + " missing from the classpath");
				}
				byte[] bytes = in.readAllBytes();
				return BaseFont.createFont(f.file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** A QR code image of the text, {@code size} points square. */
	public Image qrCode(String text, float size) {
		try {
			Image image = Image.getInstance(QrCodes.png(text, 300));
			image.scaleToFit(size, size);
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
