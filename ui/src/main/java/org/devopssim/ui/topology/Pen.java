package org.devopssim.ui.topology;

import javafx.geometry.VPos;
import javafx.scene.paint.Paint;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What the topology painter draws with: the subset of {@code GraphicsContext} it uses, with the
 * same names and meanings, so one painting routine fills a canvas ({@link FxPen}) and writes an
 * SVG file ({@link SvgPen}).
 */
public interface Pen {

    /** Replaces the transform: x' = mxx x + mxy y + mxt, y' = myx x + myy y + myt. */
    void setTransform(double mxx, double myx, double mxy, double myy, double mxt, double myt);

    void setFill(Paint p);

    void setStroke(Paint p);

    Paint getStroke();

    void setLineWidth(double w);

    /** Null or nothing for solid lines. */
    void setLineDashes(double... dashes);

    /** Where along a dashed line its pattern starts, as {@code GraphicsContext.setLineDashOffset}. */
    void setLineDashOffset(double offset);

    void setLineCap(StrokeLineCap cap);

    void setFont(Font f);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void fillText(String text, double x, double y);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void strokeRoundRect(double x, double y, double w, double h, double arcWidth, double arcHeight);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    /** Angles in degrees, counter-clockwise from 3 o'clock, as in {@code GraphicsContext}. */
    void fillArc(double x, double y, double w, double h, double startAngle, double arcExtent, ArcType closure);

    void strokeArc(double x, double y, double w, double h, double startAngle, double arcExtent, ArcType closure);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void strokePolyline(double[] xs, double[] ys, int n);
}
