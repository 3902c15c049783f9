import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Removes other platforms' native libraries from the jars that carry them for every OS, so the app
 * image holds only the natives of the platform it is built for. Run by the packaging module:
 *
 *   java TrimNatives.java LIB_DIR RULE...
 *
 * where each RULE is {@code JAR_PREFIX|DIR|KEEP}: in every jar of LIB_DIR whose name starts with
 * JAR_PREFIX, entries in subfolders of DIR are dropped unless they are under DIR + KEEP; files
 * directly in DIR stay (DJL finds its JNI library through jnilib/pytorch.properties: without it,
 * it tries to download the library even in offline mode). A rule whose KEEP
 * matches nothing in its jar fails the build: the image would lack this platform's library.
 * Jars are rewritten in place (only copies in target/ are ever given to it).
 */
public final class TrimNatives {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java TrimNatives.java LIB_DIR 'JAR_PREFIX|DIR|KEEP'...");
            System.exit(2);
        }
        Path lib = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String[] rule = args[i].split("\\|", -1);
            if (rule.length != 3) {
                throw new IllegalArgumentException("rule must be JAR_PREFIX|DIR|KEEP: " + args[i]);
            }
            boolean matched = false;
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(lib, rule[0] + "*.jar")) {
                for (Path jar : jars) {
                    trim(jar, rule[1], rule[1] + rule[2]);
                    matched = true;
                }
            }
            if (!matched) {
                throw new IllegalStateException("no jar in " + lib + " starts with " + rule[0]);
            }
        }
    }

    /** Files directly in DIR (such as DJL's jnilib/pytorch.properties) always stay. */
    private static boolean underSubfolder(String name, String dir) {
        return name.startsWith(dir) && name.indexOf('/', dir.length()) >= 0;
    }

    private static void trim(Path jar, String dir, String keep) throws IOException {
        Path temp = jar.resolveSibling(jar.getFileName() + ".trim");
        long before = Files.size(jar);
        int dropped = 0;
        boolean kept = false;
        try (ZipFile in = new ZipFile(jar.toFile());
             OutputStream raw = Files.newOutputStream(temp);
             ZipOutputStream out = new ZipOutputStream(raw)) {
            out.setLevel(9);
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                String name = entry.getName();
                if (underSubfolder(name, dir) && !name.startsWith(keep) && !keep.startsWith(name)) {
                    dropped++;
                    continue;
                }
                kept |= name.startsWith(keep) && !name.endsWith("/");
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
        if (!kept) {
            Files.delete(temp);
            throw new IllegalStateException(jar.getFileName() + " has nothing under " + keep
                    + ": this platform's native library would be missing");
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("TrimNatives: %s: kept %s, dropped %d entries, %.1f -> %.1f MB%n", jar.getFileName(), keep,
                dropped, before / 1e6, Files.size(jar) / 1e6);
    }
}
