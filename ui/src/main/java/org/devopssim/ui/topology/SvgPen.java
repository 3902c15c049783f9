package org.devopssim.ui.topology;

import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A pen that writes SVG 1.1: each call becomes one element with the current colours, line and
 * font as attributes, and each transform a group, so the file is real vector drawing with
 * selectable text. Only solid colours are supported, which is all the painter uses.
 */
public final class SvgPen implements Pen {

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;
    private Paint fill = Color.BLACK;
    private Paint stroke = Color.BLACK;
    private double lineWidth = 1;
    private double[] dashes;
    private double dashOffset;
    private StrokeLineCap cap = StrokeLineCap.SQUARE;
    private Font font = Font.getDefault();
    private TextAlignment align = TextAlignment.LEFT;
    private VPos baseline = VPos.BASELINE;
    private boolean groupOpen;
    private String transform = "";

    public SvgPen(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** The whole document. */
    public String document() {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\">\n").append(body);
        if (groupOpen) {
            sb.append("</g>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    @Override
    public void setTransform(double mxx, double myx, double mxy, double myy, double mxt, double myt) {
        boolean identity = mxx == 1 && myx == 0 && mxy == 0 && myy == 1 && mxt == 0 && myt == 0;
        String t = identity ? "" : "matrix(" + n(mxx) + " " + n(myx) + " " + n(mxy) + " " + n(myy) + " " + n(mxt) + " " + n(myt) + ")";
        if (t.equals(transform)) {
            return;
        }
        if (groupOpen) {
            body.append("</g>\n");
            groupOpen = false;
        }
        transform = t;
        if (!identity) {
            body.append("<g transform=\"").append(t).append("\">\n");
            groupOpen = true;
        }
    }

    @Override
    public void setFill(Paint p) {
        fill = p;
    }

    @Override
    public void setStroke(Paint p) {
        stroke = p;
    }

    @Override
    public Paint getStroke() {
        return stroke;
    }

    @Override
    public void setLineWidth(double w) {
        lineWidth = w;
    }

    @Override
    public void setLineDashOffset(double offset) {
        dashOffset = offset;
    }

    @Override
    public void setLineDashes(double... d) {
        dashes = d == null || d.length == 0 ? null : d.clone();
    }

    @Override
    public void setLineCap(StrokeLineCap c) {
        cap = c;
    }

    @Override
    public void setFont(Font f) {
        font = f;
    }

    @Override
    public void setTextAlign(TextAlignment a) {
        align = a;
    }

    @Override
    public void setTextBaseline(VPos b) {
        baseline = b;
    }

    @Override
    public void fillText(String text, double x, double y) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"').append(paint("fill", fill))
                .append(" font-family=\"").append(family(font)).append("\" font-size=\"").append(n(font.getSize()))
                .append('"');
        String style = font.getStyle().toLowerCase(Locale.ROOT);
        if (style.contains("bold")) {
            body.append(" font-weight=\"bold\"");
        }
        if (align == TextAlignment.CENTER) {
            body.append(" text-anchor=\"middle\"");
        } else if (align == TextAlignment.RIGHT) {
            body.append(" text-anchor=\"end\"");
        }
        if (baseline == VPos.CENTER) {
            body.append(" dominant-baseline=\"central\"");
        } else if (baseline == VPos.TOP) {
            body.append(" dominant-baseline=\"hanging\"");
        }
        body.append('>').append(escape(text)).append("</text>\n");
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0, true);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0, 0, false);
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth, arcHeight, true);
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight) {
        rect(x, y, w, h, arcWidth, arcHeight, false);
    }

    private void rect(double x, double y, double w, double h, double arcW, double arcH, boolean filled) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append('"');
        if (arcW > 0 || arcH > 0) {
            // Canvas arcs are diameters; SVG radii are half of them, capped at half the side.
            body.append(" rx=\"").append(n(Math.min(arcW / 2, w / 2))).append("\" ry=\"").append(n(Math.min(arcH / 2, h / 2))).append('"');
        }
        body.append(filled ? filled() : stroked()).append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h, true);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ellipse(x, y, w, h, false);
    }

    private void ellipse(double x, double y, double w, double h, boolean filled) {
        body.append("<ellipse cx=\"").append(n(x + w / 2)).append("\" cy=\"").append(n(y + h / 2)).append("\" rx=\"")
                .append(n(w / 2)).append("\" ry=\"").append(n(h / 2)).append('"').append(filled ? filled() : stroked())
                .append("/>\n");
    }

    @Override
    public void fillArc(double x, double y, double w, double h, double startAngle, double arcExtent, ArcType closure) {
        arc(x, y, w, h, startAngle, arcExtent, closure, true);
    }

    @Override
    public void strokeArc(double x, double y, double w, double h, double startAngle, double arcExtent, ArcType closure) {
        arc(x, y, w, h, startAngle, arcExtent, closure, false);
    }

    /** Canvas angles run counter-clockwise with y up; on the y-down SVG page that is sweep flag 0. */
    private void arc(double x, double y, double w, double h, double start, double extent, ArcType closure, boolean filled) {
        if (Math.abs(extent) >= 360) {
            ellipse(x, y, w, h, filled);
            return;
        }
        double cx = x + w / 2;
        double cy = y + h / 2;
        double rx = w / 2;
        double ry = h / 2;
        double a0 = Math.toRadians(start);
        double a1 = Math.toRadians(start + extent);
        double x0 = cx + rx * Math.cos(a0);
        double y0 = cy - ry * Math.sin(a0);
        double x1 = cx + rx * Math.cos(a1);
        double y1 = cy - ry * Math.sin(a1);
        StringBuilder d = new StringBuilder();
        if (closure == ArcType.ROUND) {
            d.append("M").append(n(cx)).append(' ').append(n(cy)).append(" L").append(n(x0)).append(' ').append(n(y0));
        } else {
            d.append("M").append(n(x0)).append(' ').append(n(y0));
        }
        d.append(" A").append(n(rx)).append(' ').append(n(ry)).append(" 0 ").append(Math.abs(extent) > 180 ? 1 : 0)
                .append(' ').append(extent > 0 ? 0 : 1).append(' ').append(n(x1)).append(' ').append(n(y1));
        if (closure != ArcType.OPEN) {
            d.append(" Z");
        }
        body.append("<path d=\"").append(d).append('"').append(filled ? filled() : stroked()).append("/>\n");
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(stroked()).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        poly("polygon", xs, ys, count, true);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int count) {
        poly("polygon", xs, ys, count, false);
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count) {
        poly("polyline", xs, ys, count, false);
    }

    private void poly(String element, double[] xs, double[] ys, int count, boolean filled) {
        body.append('<').append(element).append(" points=\"");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append('"').append(filled ? filled() : stroked()).append("/>\n");
    }

    private String filled() {
        return paint("fill", fill) + " stroke=\"none\"";
    }

    private String stroked() {
        StringBuilder sb = new StringBuilder(" fill=\"none\"").append(paint("stroke", stroke))
                .append(" stroke-width=\"").append(n(lineWidth)).append('"');
        if (cap != StrokeLineCap.SQUARE) {
            sb.append(" stroke-linecap=\"").append(cap == StrokeLineCap.ROUND ? "round" : "butt").append('"');
        }
        if (dashes != null) {
            sb.append(" stroke-dasharray=\"");
            for (int i = 0; i < dashes.length; i++) {
                sb.append(i == 0 ? "" : " ").append(n(dashes[i]));
            }
            sb.append('"');
            if (dashOffset != 0) {
                sb.append(" stroke-dashoffset=\"").append(n(dashOffset)).append('"');
            }
        }
        return sb.toString();
    }

    private static String paint(String attribute, Paint p) {
        if (!(p instanceof Color c)) {
            return " " + attribute + "=\"#000000\"";
        }
        String hex = String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
        String s = " " + attribute + "=\"" + hex + "\"";
        return c.getOpacity() < 1 ? s + " " + attribute + "-opacity=\"" + n(c.getOpacity()) + "\"" : s;
    }

    private static String family(Font f) {
        String family = f.getFamily();
        return "System".equals(family) ? "system-ui, -apple-system, Segoe UI, sans-serif" : escape(family) + ", sans-serif";
    }

    /** Short numbers: two decimals are far below a pixel. */
    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t') {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.toString();
    }
}
