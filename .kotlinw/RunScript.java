import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import kotlin.io.FilesKt;
import kotlin.jvm.JvmClassMappingKt;
import kotlin.script.experimental.api.ResultValue;
import kotlin.script.experimental.jvm.util.RuntimeExceptionReportingKt;

/**
 * Runs a main-kts script that the Kotlin compiler compiled before, from the jar main-kts keeps in its cache, on a
 * plain JVM: used only by ../kotlinw, which starts it only when that jar certainly belongs to the script's text and
 * to the jars it was linked against.
 *
 * <pre>
 *   java -cp RunScript.jar:CLASSPATH RunScript SCRIPT.jar MAIN-CLASS SCRIPT-PATH [ARGS...]
 *   java -cp RunScript.jar:KOTLIN-JARS RunScript --check SCRIPT.jar
 * </pre>
 *
 * It does what the compiler's script runner does once the script is compiled (K2JVMCompiler {@code -script} with
 * main-kts): calls the script class's one constructor with {@code args} and {@code __FILE__} (the path as given,
 * normalized), prints the value of a script whose last expression has one, and for an exception thrown by the
 * script prints the compiler's report of it on stderr ({@code renderError}) and exits with the compiler's status
 * for it, 3. The script's class is loaded from its own jar by a child of the application class loader, which holds
 * CLASSPATH, the class path main-kts resolved for it (the same for every script with the same dependencies).
 * {@code --check} verifies the jar (every entry's checksum), reads its main class and class path from its manifest
 * (main-kts writes both), checks that the class is such a script, prints {@code main=CLASS} and
 * {@code classpath=PATH:PATH…} and exits 0; it exits 1 when the jar cannot be run so.
 */
public final class RunScript {
    private static final int SCRIPT_EXECUTION_ERROR = 3;
    private static final String RESULT_FIELD = "$$result";

    private RunScript() {
    }

    public static void main(String[] argv) throws Exception {
        if (argv.length == 2 && argv[0].equals("--check")) {
            System.exit(check(new File(argv[1])) ? 0 : 1);
        }
        if (argv.length < 3) {
            System.err.println("usage: RunScript SCRIPT.jar MAIN-CLASS SCRIPT-PATH [ARGS...]");
            System.exit(2);
        }
        Class<?> script = load(new File(argv[0]), argv[1]);
        Constructor<?> constructor = constructorOf(script);
        String[] args = Arrays.copyOfRange(argv, 3, argv.length);
        File file = FilesKt.normalize(new File(argv[2]));
        Object instance;
        try {
            instance = constructor.newInstance(args, file);
        } catch (InvocationTargetException e) {
            Throwable error = e.getTargetException() != null ? e.getTargetException() : e;
            RuntimeExceptionReportingKt.renderError(
                    new ResultValue.Error(error, e, JvmClassMappingKt.getKotlinClass(script)), System.err);
            System.exit(SCRIPT_EXECUTION_ERROR);
            return;
        }
        Field result = resultField(script);
        if (result != null) {
            result.setAccessible(true);
            System.out.println(result.get(instance));
        }
    }

    private static Class<?> load(File jar, String name) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {jar.toURI().toURL()}, RunScript.class.getClassLoader());
        return Class.forName(name, false, loader);
    }

    /** The script class's constructor: main-kts compiles a script into one, taking {@code args} and {@code __FILE__}. */
    private static Constructor<?> constructorOf(Class<?> script) {
        Constructor<?>[] all = script.getConstructors();
        if (all.length != 1 || !Arrays.equals(all[0].getParameterTypes(), new Class<?>[] {String[].class, File.class})) {
            throw new IllegalStateException(script.getName() + ": not a main-kts script of one constructor (args, __FILE__)");
        }
        return all[0];
    }

    private static Field resultField(Class<?> script) {
        for (Field f : script.getDeclaredFields()) {
            if (f.getName().equals(RESULT_FIELD) && !Modifier.isStatic(f.getModifiers())) {
                return f;
            }
        }
        return null;
    }

    private static boolean check(File jar) {
        try (JarFile file = new JarFile(jar, true)) {
            byte[] buffer = new byte[8192];
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                try (InputStream in = file.getInputStream(e.nextElement())) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end checks the entry's CRC
                    }
                }
            }
            Manifest manifest = file.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
            String path = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (name == null || path == null) {
                throw new IllegalStateException("no Main-Class or Class-Path in its manifest");
            }
            List<URL> urls = new ArrayList<>();
            List<String> files = new ArrayList<>();
            URL base = jar.toURI().toURL();
            for (String entry : path.trim().split("\\s+")) {
                URL url = new URL(base, entry);
                String f = Path.of(url.toURI()).toString();
                if (f.contains(File.pathSeparator) || !new File(f).isFile()) {
                    throw new IllegalStateException("class path entry " + f + " is not a jar that can be named on -cp");
                }
                urls.add(url);
                files.add(f);
            }
            urls.add(0, base);
            ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), RunScript.class.getClassLoader());
            Class<?> script = Class.forName(name, false, loader);
            if (!script.getSuperclass().getName().equals("org.jetbrains.kotlin.mainKts.MainKtsScript")) {
                throw new IllegalStateException(name + " is not a main-kts script");
            }
            constructorOf(script);
            System.out.println("main=" + name);
            System.out.println("classpath=" + String.join(File.pathSeparator, files));
            return true;
        } catch (Exception | LinkageError e) {
            System.err.println("kotlinw: " + jar + " cannot be run directly (" + e + ")");
            return false;
        }
    }
}
