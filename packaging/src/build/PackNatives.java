import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Makes the app image's native libraries smaller. Run by the packaging module, with org.tukaani:xz
 * on the class path:
 *
 *   java -cp xz.jar PackNatives.java strip DIR             (after jlink: the runtime's libraries)
 *   java -cp xz.jar PackNatives.java pack LIB_DIR JAR_PREFIX DIR   (the PyTorch natives jar)
 *
 * strip: on Linux, drops the symbol tables of every shared library under DIR ({@code strip
 * --strip-unneeded}: the dynamic symbols that loading needs stay). libjvm.so 29.8 -> 24.8 MB.
 *
 * pack: in the jar of LIB_DIR whose name starts with JAR_PREFIX, every file under DIR is stripped
 * (as above) and stored xz-compressed as NAME.xz; the rest of the jar is copied. libtorch_cpu.so
 * is 446 MB raw, 111 MB deflated, 64 MB stripped and xz'd. The app unpacks them once, into the
 * folder DJL would have extracted them to (ml's PackedNatives), before DJL starts.
 *
 * Without a {@code strip} tool (or off Linux) libraries are packed as they are and the build says so.
 */
public final class PackNatives {

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("strip")) {
            stripTree(Path.of(args[1]));
        } else if (args.length == 4 && args[0].equals("pack")) {
            pack(Path.of(args[1]), args[2], args[3]);
        } else {
            System.err.println("usage: java PackNatives.java strip DIR | pack LIB_DIR JAR_PREFIX DIR");
            System.exit(2);
        }
    }

    private static void stripTree(Path dir) throws Exception {
        long before = 0;
        long after = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path lib : files.filter(PackNatives::sharedLibrary).toList()) {
                before += Files.size(lib);
                if (!strip(lib)) {
                    return;
                }
                after += Files.size(lib);
            }
        }
        System.out.printf("PackNatives: stripped the libraries under %s: %.1f -> %.1f MB%n", dir, before / 1e6, after / 1e6);
    }

    private static boolean sharedLibrary(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".so") || name.contains(".so."));
    }

    /** Strips one library in place; false (with a message) where there is no strip tool to do it. */
    private static boolean strip(Path lib) throws Exception {
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
            return false;
        }
        // strip refuses read-only files (jlink writes its libraries 0555).
        lib.toFile().setWritable(true, true);
        Process p;
        try {
            p = new ProcessBuilder("strip", "--strip-unneeded", lib.toString()).inheritIO().start();
        } catch (IOException noTool) {
            System.out.println("PackNatives: no strip tool (binutils): libraries keep their symbol tables");
            return false;
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("strip failed on " + lib);
        }
        return true;
    }

    private static void pack(Path libDir, String jarPrefix, String dir) throws Exception {
        List<Path> jars;
        try (Stream<Path> files = Files.list(libDir)) {
            jars = files.filter(f -> f.getFileName().toString().startsWith(jarPrefix)).toList();
        }
        if (jars.size() != 1) {
            throw new IllegalStateException("expected one jar starting with " + jarPrefix + " in " + libDir + ", found " + jars);
        }
        Path jar = jars.get(0);
        Path temp = jar.resolveSibling(jar.getFileName() + ".pack");
        Path work = Files.createTempDirectory(libDir, "natives");
        long before = Files.size(jar);
        int packed = 0;
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith(dir) && !entry.isDirectory()) {
                    Path lib = work.resolve(Path.of(entry.getName()).getFileName().toString());
                    try (InputStream data = in.getInputStream(entry)) {
                        Files.copy(data, lib);
                    }
                    strip(lib);
                    storeCompressed(out, entry.getName() + ".xz", lib);
                    Files.delete(lib);
                    packed++;
                } else {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } finally {
            Files.delete(work);
        }
        if (packed == 0) {
            Files.delete(temp);
            throw new IllegalStateException(jar.getFileName() + " has no file under " + dir);
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("PackNatives: %s: %d libraries xz-packed, %.1f -> %.1f MB%n", jar.getFileName(), packed,
                before / 1e6, Files.size(jar) / 1e6);
    }

    /** STORED, since xz data does not deflate: the jar entry is the .xz file byte for byte. */
    private static void storeCompressed(ZipOutputStream out, String name, Path lib) throws IOException {
        Path xz = lib.resolveSibling(lib.getFileName() + ".xz");
        try (InputStream raw = Files.newInputStream(lib);
             OutputStream packed = new XZOutputStream(Files.newOutputStream(xz), new LZMA2Options(6))) {
            raw.transferTo(packed);
        }
        byte[] bytes = Files.readAllBytes(xz);
        Files.delete(xz);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    private PackNatives() {
    }
}
