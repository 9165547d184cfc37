import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads pictures as a viewer would: a PNG must decode to an image of more than one colour; an SVG must parse as an
 * XML document whose root is an SVG element with a width and a height and that draws something; a PNG with an SVG of
 * the same name beside it must have the SVG's proportions (it is its rendering). Prints one line per picture and
 * exits 1 with the first one that is not valid.
 *
 * <p>Usage: {@code java .ci/CheckPictures.java FILE.png|FILE.svg...}
 */
public class CheckPictures {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String[] DRAWN = {"path", "line", "rect", "circle", "polygon", "polyline", "text", "image"};

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length == 0) {
            fail("no pictures given");
        }
        for (String name : args) {
            File f = new File(name);
            if (!f.isFile() || f.length() == 0) {
                fail(name + ": missing or empty");
            }
            if (name.endsWith(".png")) {
                int[] size = png(f);
                File svg = new File(name.substring(0, name.length() - 4) + ".svg");
                String same = "";
                if (svg.isFile()) {
                    double[] s = svgSize(svg);
                    double png = (double) size[0] / size[1];
                    double vector = s[0] / s[1];
                    if (Math.abs(png / vector - 1) > 0.02) {
                        fail(name + ": " + size[0] + "x" + size[1] + " is not the shape of " + svg + " (" + s[0] + "x" + s[1] + ")");
                    }
                    same = ", the shape of its SVG";
                }
                System.out.println("pictures: " + name + ": PNG " + size[0] + "x" + size[1] + same);
            } else if (name.endsWith(".svg")) {
                double[] s = svgSize(f);
                System.out.println("pictures: " + name + ": SVG " + s[0] + "x" + s[1] + ", " + (int) s[2] + " drawn elements");
            } else {
                fail(name + ": neither .png nor .svg");
            }
        }
    }

    /** Width and height of a PNG that decodes to more than one colour. */
    private static int[] png(File f) throws Exception {
        BufferedImage image;
        try {
            image = ImageIO.read(f);
        } catch (Exception e) {
            throw fail(f + ": not a readable PNG (" + e.getMessage() + ")");
        }
        if (image == null) {
            fail(f + ": not a PNG");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w < 10 || h < 10) {
            fail(f + ": only " + w + "x" + h + " pixels");
        }
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < h && colours.size() < 2; y += 3) {
            for (int x = 0; x < w && colours.size() < 2; x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        if (colours.size() < 2) {
            fail(f + ": a blank image of one colour");
        }
        return new int[] {w, h};
    }

    /** Width, height and the number of drawn elements of an SVG document. */
    private static double[] svgSize(File f) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Element root;
        try {
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());   // a fatal error throws; nothing printed
            root = builder.parse(f).getDocumentElement();
        } catch (Exception e) {
            throw fail(f + ": not an XML document (" + e.getMessage() + ")");
        }
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            fail(f + ": the root element is not an SVG <svg>");
        }
        double w = number(f, root, "width");
        double h = number(f, root, "height");
        int drawn = 0;
        for (String tag : DRAWN) {
            drawn += root.getElementsByTagNameNS(SVG_NS, tag).getLength();
        }
        if (drawn == 0) {
            fail(f + ": draws nothing");
        }
        return new double[] {w, h, drawn};
    }

    private static double number(File f, Element e, String attribute) {
        String v = e.getAttribute(attribute).replaceAll("px$", "");
        try {
            double d = Double.parseDouble(v);
            if (d > 0) {
                return d;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw fail(f + ": <svg " + attribute + "=\"" + v + "\"> is not a positive size");
    }

    private static RuntimeException fail(String message) {
        System.err.println("pictures: " + message);
        System.exit(1);
        return new IllegalStateException(message);
    }
}
