package dev.parallax.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.Arrays;
import java.util.function.Consumer;

/** Document-order walks over the elements of a page, without recursion (pages can nest thousands deep). */
final class Walk {

    private Walk() {}

    /** Calls {@code visit} on {@code root} and every element under it, in document order. */
    static void elements(Element root, Consumer<Element> visit) {
        visit.accept(root);
        Element[] stack = new Element[64];
        int[] next = new int[64];
        int top = 0;
        stack[0] = root;
        while (top >= 0) {
            Element e = stack[top];
            int i = next[top];
            int n = e.childNodeSize();
            Element child = null;
            while (i < n) {
                Node c = e.childNode(i++);
                if (c instanceof Element ce) {
                    child = ce;
                    break;
                }
            }
            next[top] = i;
            if (child == null) {
                stack[top--] = null;
                continue;
            }
            visit.accept(child);
            if (++top == stack.length) {
                stack = Arrays.copyOf(stack, top * 2);
                next = Arrays.copyOf(next, top * 2);
            }
            stack[top] = child;
            next[top] = 0;
        }
    }
}
