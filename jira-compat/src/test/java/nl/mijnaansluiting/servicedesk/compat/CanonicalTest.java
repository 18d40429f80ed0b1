package nl.mijnaansluiting.servicedesk.compat;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;

/**
 * The derivation LedgerTest relies on, checked on small local types whose canonical forms are written out by
 * hand from ledger/README.md: if the derivation went lax (dropped {@code static}, printed {@code Integer} for
 * {@code int}, kept a generic, lost a checked exception), LedgerTest would pass on a wrong ledger.
 */
public class CanonicalTest {

    private static final String P = "nl.mijnaansluiting.servicedesk.compat.CanonicalTest$";

    public interface Sample extends Comparable<Sample>, Runnable {
        String KEY = "k";

        int count();

        Integer boxedCount();

        <T extends Number> List<T> pick(Map<String, T> byName, int[] slots, String... names)
                throws IOException, InterruptedException, IllegalStateException;

        default String label() {
            return KEY;
        }

        static Sample none() {
            return null;
        }
    }

    public enum Mode {
        ON, OFF;

        public String lower() {
            return name().toLowerCase();
        }
    }

    public abstract static class Base extends Exception implements Runnable {
        protected static final long serialVersionUID = 1L;
        public int size;

        protected Base(long id) throws CloneNotSupportedException {
        }

        public Base() {
        }

        protected abstract void step();

        public final boolean done() {
            return true;
        }

        void hidden() {
        }

        private void secret() {
        }
    }

    public @interface Marker {
        String value();
    }

    public static final class Leaf {
    }

    static class PackagePrivate {
    }

    @Test
    public void interfaceMembersAreAbstractDefaultOrStaticErasedWithCheckedExceptionsSorted() {
        assertEquals(expect(
                "interface " + P + "Sample extends java.lang.Comparable, java.lang.Runnable",
                "static final java.lang.String " + P + "Sample.KEY",
                "abstract int " + P + "Sample#count()",
                "abstract java.lang.Integer " + P + "Sample#boxedCount()",
                "default java.lang.String " + P + "Sample#label()",
                "static " + P + "Sample " + P + "Sample#none()",
                "abstract java.util.List " + P + "Sample#pick(java.util.Map,int[],java.lang.String[])"
                        + " throws java.io.IOException, java.lang.InterruptedException"),
                sorted(Sample.class));
    }

    @Test
    public void enumHasItsConstantsAndOwnMethodsOnly() {
        assertEquals(expect(
                "enum " + P + "Mode",
                "enum constant " + P + "Mode.OFF",
                "enum constant " + P + "Mode.ON",
                "java.lang.String " + P + "Mode#lower()"),
                sorted(Mode.class));
    }

    @Test
    public void classShowsSuperclassProtectedFinalAndConstructorsButNotPackagePrivateOrPrivate() {
        assertEquals(expect(
                "abstract class " + P + "Base extends java.lang.Exception implements java.lang.Runnable",
                "protected static final long " + P + "Base.serialVersionUID",
                "int " + P + "Base.size",
                "new " + P + "Base()",
                "protected new " + P + "Base(long) throws java.lang.CloneNotSupportedException",
                "protected abstract void " + P + "Base#step()",
                "final boolean " + P + "Base#done()"),
                sorted(Base.class));
    }

    @Test
    public void annotationFinalClassAndVisibility() {
        assertEquals(expect("annotation " + P + "Marker", "abstract java.lang.String " + P + "Marker#value()"),
                sorted(Marker.class));
        assertEquals(expect("final class " + P + "Leaf", "new " + P + "Leaf()"), sorted(Leaf.class));
        assertEquals(false, Canonical.visibleType(PackagePrivate.class));
        assertEquals(true, Canonical.visibleType(Leaf.class));
    }

    @Test
    public void rowKeysMatchTheKeysOfTheMembersTheyName() {
        for (Class<?> c : List.of(Sample.class, Mode.class, Base.class, Marker.class, Leaf.class)) {
            for (Canonical.Decl d : Canonical.of(c)) {
                assertEquals(d.text(), d.key(), Canonical.keyOf(d.text()));
                assertEquals(d.text(), d.looseKey(), Canonical.looseKeyOf(d.text()));
            }
        }
        // Rows that differ from the class only in return type or params still name the same member.
        assertEquals("a.B#getId()", Canonical.keyOf("abstract java.lang.Integer a.B#getId()"));
        assertEquals("a.B#paged", Canonical.looseKeyOf("static a.P a.B#paged(java.lang.Integer,int)"));
        assertEquals("type a.B", Canonical.keyOf("class a.B implements a.C"));
        assertEquals("field a.B.X", Canonical.keyOf("static final int a.B.X"));
    }

    @Test
    public void ledgerCellsHonourEscapedPipes() {
        assertEquals(List.of("`x`", "10.3", "a \\| b".replace("\\|", "|"), "https://e"),
                LedgerTest.cells("| `x` | 10.3 | a \\| b | https://e |"));
    }

    /** The type row first, then the members sorted (reflection's order is unspecified), so a mismatch reads well. */
    private static List<String> sorted(Class<?> c) {
        List<Canonical.Decl> all = Canonical.of(c);
        List<String> out = all.stream().skip(1).map(Canonical.Decl::text).sorted().collect(Collectors.toList());
        out.add(0, all.get(0).text());
        return out;
    }

    private static List<String> expect(String type, String... members) {
        List<String> out = java.util.Arrays.stream(members).sorted().collect(Collectors.toList());
        out.add(0, type);
        return out;
    }
}
