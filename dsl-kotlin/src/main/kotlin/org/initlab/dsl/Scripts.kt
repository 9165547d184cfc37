package org.initlab.dsl

import org.initlab.dsl.plot.PictureFiles
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path

/**
 * Where a `.main.kts` script of InitLab's reads and writes, wherever it is started from: [home] is the nearest folder
 * above the script holding `datasets/` (the project folder; else the working directory), [out] is
 * `home/out/<script name>` and [datasets] is `home/datasets`.
 *
 * ```
 * val paths = scriptPaths(__FILE__)     // scripts/he.main.kts → out/he
 * run.save(paths.out)
 * ```
 */
public class ScriptPaths(script: File) {
    /** The script's name without `.main.kts`: `he` for `scripts/he.main.kts`. */
    public val name: String = script.name.removeSuffix(".kts").removeSuffix(".main")

    /** The project folder. */
    public val home: Path = generateSequence(script.absoluteFile.toPath().normalize().parent) { it.parent }
        .firstOrNull { Files.isDirectory(it.resolve("datasets")) }
        ?: Path.of("").toAbsolutePath()

    /** The script's output folder, `out/<name>` in the project folder. */
    public val out: Path = home.resolve("out").resolve(name)

    /** The data files' folder. */
    public val datasets: Path = home.resolve("datasets")

    /** [path] as the user best reads it: relative to the working directory when inside it. */
    public fun shown(path: Path): String {
        val cwd = Path.of("").toAbsolutePath()
        val p = path.toAbsolutePath().normalize()
        return if (p.startsWith(cwd) && p != cwd) cwd.relativize(p).toString() else p.toString()
    }

    /**
     * Prints `Saved in out/he: result.json, …` and `Pictures in out/he: learning-curve.png/.svg, …`, naming also the
     * [morePictures] written beside them.
     */
    public fun printSaved(saved: SavedRun, morePictures: List<PictureFiles> = emptyList(), out: PrintStream = System.out) {
        val folder = saved.folder.toAbsolutePath().normalize()
        val pictureFiles = saved.pictures.flatMap { listOf(it.svg, it.png) }
            .map { folder.relativize(it.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/') }.toSet()
        out.println("Saved in ${shown(saved.folder)}: " + saved.files.filter { it !in pictureFiles }.joinToString(", "))
        printPictures(saved.pictures + morePictures, out)
    }

    /** Prints `Pictures in out/he: learning-curve.png/.svg, …`. */
    public fun printPictures(pictures: List<PictureFiles>, out: PrintStream = System.out) {
        if (pictures.isEmpty()) return
        val folders = pictures.map { it.png.parent }.distinct()
        for (folder in folders) {
            val names = pictures.filter { it.png.parent == folder }
                .joinToString(", ") { it.png.fileName.toString().removeSuffix(".png") + ".png/.svg" }
            out.println("Pictures in ${shown(folder)}: $names")
        }
    }
}

/** The [ScriptPaths] of the running script: call it with main-kts's `__FILE__`. */
public fun scriptPaths(script: File): ScriptPaths = ScriptPaths(script)

/**
 * Refuses a word of [args] that is not one of the script's options [names] (`--name N` or `--name=N`), and an option
 * given twice: a mistyped `--iteration 5` was ignored, and the script ran its whole default.
 * `checkOptions(args, "iterations", "seeds")`, before the script reads them with [intOption].
 */
public fun checkOptions(args: Array<String>, vararg names: String) {
    val known = names.map { "--$it" }
    val seen = HashSet<String>()
    var i = 0
    while (i < args.size) {
        val word = args[i]
        val flag = word.substringBefore('=')
        if (flag !in known) {
            throw InputException("$word: not an option of this script " +
                if (known.isEmpty()) "(it takes none)" else "(its options: ${known.joinToString { "$it N" }})")
        }
        if (!seen.add(flag)) throw InputException("$flag: given twice")
        i += if ('=' in word) 1 else 2
    }
}

/**
 * An integer option of a script, `--name N` or `--name=N` in [args], else the environment variable [env], else
 * [default]: `intOption(args, "epochs", "EPOCHS", 30)`.
 */
public fun intOption(args: Array<String>, name: String, env: String? = null, default: Int): Int {
    val flag = "--$name"
    val i = args.indexOf(flag)
    val text = when {
        i >= 0 -> args.getOrNull(i + 1) ?: throw InputException("$flag: needs a number")
        else -> args.firstOrNull { it.startsWith("$flag=") }?.substringAfter('=')
            ?: env?.let { System.getenv(it) }?.takeIf { it.isNotBlank() }
    } ?: return default
    return text.trim().toIntOrNull() ?: throw InputException("$flag $text: not a whole number")
}
