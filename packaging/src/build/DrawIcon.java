import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the DevOps Simulator icon with Java2D and writes every format the installers need:
 * PNG (Linux, 512 px and 256 px), ICO (Windows, PNG-compressed entries 16-256 px) and ICNS (macOS,
 * PNG entries 32-1024 px). No external tools. The outputs are committed under src/jpackage/icons;
 * run this again after changing the drawing:
 *
 *   java packaging/src/build/DrawIcon.java packaging/src/jpackage/icons
 *
 * The picture: a rounded dark-blue tile, a small service topology (a load balancer feeding two
 * services that share a database) and a green health pulse across the bottom.
 */
public final class DrawIcon {

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        ImageIO.write(draw(512), "png", out.resolve("devops-sim.png").toFile());
        ImageIO.write(draw(256), "png", out.resolve("devops-sim-256.png").toFile());
        Files.write(out.resolve("devops-sim.ico"), ico(new int[] {16, 24, 32, 48, 64, 128, 256}));
        Files.write(out.resolve("devops-sim.icns"), icns());
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        // Tile
        g.setPaint(new GradientPaint(0, 0, new Color(0x1E3A5F), 0, 100, new Color(0x0B1626)));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        g.setColor(new Color(0x3D6FA8));
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new RoundRectangle2D.Double(4.75, 4.75, 90.5, 90.5, 21, 21));
        // Topology: balancer -> two services -> database
        double[][] nodes = {{50, 19}, {28, 39}, {72, 39}, {50, 58}};
        g.setColor(new Color(0x8FB8E8));
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[][] links = {{0, 1}, {0, 2}, {1, 3}, {2, 3}};
        for (int[] l : links) {
            g.draw(new Line2D.Double(nodes[l[0]][0], nodes[l[0]][1], nodes[l[1]][0], nodes[l[1]][1]));
        }
        Color[] fills = {new Color(0xF2A541), new Color(0x4FA3F7), new Color(0x4FA3F7), new Color(0xB07CF2)};
        for (int i = 0; i < nodes.length; i++) {
            double r = i == 3 ? 8.5 : 7.5;
            g.setColor(fills[i]);
            g.fill(new Ellipse2D.Double(nodes[i][0] - r, nodes[i][1] - r, 2 * r, 2 * r));
            g.setColor(new Color(255, 255, 255, 200));
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Ellipse2D.Double(nodes[i][0] - r, nodes[i][1] - r, 2 * r, 2 * r));
        }
        // Health pulse
        Path2D pulse = new Path2D.Double();
        pulse.moveTo(14, 82);
        pulse.lineTo(36, 82);
        pulse.lineTo(41, 75);
        pulse.lineTo(47, 90);
        pulse.lineTo(53, 72);
        pulse.lineTo(58, 82);
        pulse.lineTo(86, 82);
        g.setColor(new Color(0x3DDC84));
        g.setStroke(new BasicStroke(3.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(pulse);
        g.dispose();
        return img;
    }

    static byte[] png(int size) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", b);
        return b.toByteArray();
    }

    /** ICO with PNG-compressed images (Windows Vista and later read them). */
    static byte[] ico(int[] sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int s : sizes) {
            images.add(png(s));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer head = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        head.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int s = sizes[i] >= 256 ? 0 : sizes[i];
            head.put((byte) s).put((byte) s).put((byte) 0).put((byte) 0);
            head.putShort((short) 1).putShort((short) 32);
            head.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** ICNS with PNG entries: ic11 (32), ic12 (64), ic07 (128), ic08 (256), ic09 (512), ic10 (1024). */
    static byte[] icns() throws IOException {
        String[] types = {"ic11", "ic12", "ic07", "ic08", "ic09", "ic10"};
        int[] sizes = {32, 64, 128, 256, 512, 1024};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (int i = 0; i < types.length; i++) {
            byte[] p = png(sizes[i]);
            d.writeBytes(types[i]);
            d.writeInt(8 + p.length);
            d.write(p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream o = new DataOutputStream(out);
        o.writeBytes("icns");
        o.writeInt(8 + body.size());
        o.write(body.toByteArray());
        return out.toByteArray();
    }
}
