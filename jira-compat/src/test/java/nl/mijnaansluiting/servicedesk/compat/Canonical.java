package nl.mijnaansluiting.servicedesk.compat;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical declaration of a type and its members, exactly as {@code jira-compat/ledger/README.md} defines it.
 * Reflection sees what the compiler wrote into the class file, so the forms are erased, use binary names and
 * say primitive or boxed, static or not: the things that decide which method descriptor a call site links to.
 */
final class Canonical {

    /** One declaration: its canonical text and the key that names the member regardless of its shape. */
    record Decl(String key, String looseKey, String text) {
    }

    private Canonical() {
    }

    /** The declarations of {@code type} itself: its type row plus one row per public or protected member it declares. */
    static List<Decl> of(Class<?> type) {
        List<Decl> out = new ArrayList<>();
        // Reflection's order is unspecified; fields, constructors and methods each sorted keep reports stable.
        List<Field> fields = new ArrayList<>(Arrays.asList(type.getDeclaredFields()));
        fields.sort(java.util.Comparator.comparing(Field::getName));
        List<Constructor<?>> constructors = new ArrayList<>(Arrays.asList(type.getDeclaredConstructors()));
        constructors.sort(java.util.Comparator.comparing(c -> params(c)));
        List<Method> methods = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
        methods.sort(java.util.Comparator.comparing((Method m) -> m.getName()).thenComparing(m -> params(m)));
        out.add(new Decl("type " + type.getName(), "type " + type.getName(), typeForm(type)));
        for (Field f : fields) {
            if (f.isSynthetic() || !visible(f.getModifiers())) {
                continue;
            }
            String owner = type.getName();
            String key = "field " + owner + "." + f.getName();
            if (f.isEnumConstant()) {
                out.add(new Decl(key, key, "enum constant " + owner + "." + f.getName()));
            } else {
                out.add(new Decl(key, key, fieldForm(f)));
            }
        }
        // An enum's constructor is private; any other class's implicit constructor is a real member.
        for (Constructor<?> c : constructors) {
            if (c.isSynthetic() || !visible(c.getModifiers())) {
                continue;
            }
            String key = "new " + type.getName() + "(" + params(c) + ")";
            out.add(new Decl(key, "new " + type.getName(), constructorForm(c)));
        }
        for (Method m : methods) {
            if (m.isSynthetic() || m.isBridge() || !visible(m.getModifiers()) || implicitEnumMethod(type, m)) {
                continue;
            }
            String key = type.getName() + "#" + m.getName() + "(" + params(m) + ")";
            out.add(new Decl(key, type.getName() + "#" + m.getName(), methodForm(m)));
        }
        return out;
    }

    static String typeForm(Class<?> c) {
        String interfaces = Arrays.stream(c.getInterfaces()).map(Class::getName).collect(Collectors.joining(", "));
        if (c.isAnnotation()) {
            // Every annotation type implicitly extends java.lang.annotation.Annotation: that says nothing.
            return "annotation " + c.getName();
        }
        if (c.isInterface()) {
            return "interface " + c.getName() + (interfaces.isEmpty() ? "" : " extends " + interfaces);
        }
        String kind;
        if (c.isEnum()) {
            kind = "enum";
        } else if (Modifier.isAbstract(c.getModifiers())) {
            kind = "abstract class";
        } else if (Modifier.isFinal(c.getModifiers())) {
            kind = "final class";
        } else {
            kind = "class";
        }
        Class<?> sup = c.getSuperclass();
        boolean plainSuper = sup == null || sup == Object.class || sup == Enum.class;
        return kind + " " + c.getName()
                + (plainSuper ? "" : " extends " + sup.getName())
                + (interfaces.isEmpty() ? "" : " implements " + interfaces);
    }

    static String fieldForm(Field f) {
        int mod = f.getModifiers();
        return (Modifier.isProtected(mod) ? "protected " : "")
                + (Modifier.isStatic(mod) ? "static " : "")
                + (Modifier.isFinal(mod) ? "final " : "")
                + name(f.getType()) + " " + f.getDeclaringClass().getName() + "." + f.getName();
    }

    static String constructorForm(Constructor<?> c) {
        return (Modifier.isProtected(c.getModifiers()) ? "protected " : "")
                + "new " + c.getDeclaringClass().getName() + "(" + params(c) + ")" + throwsClause(c);
    }

    static String methodForm(Method m) {
        int mod = m.getModifiers();
        return (Modifier.isProtected(mod) ? "protected " : "")
                + (Modifier.isStatic(mod) ? "static " : "")
                + (Modifier.isAbstract(mod) ? "abstract " : m.isDefault() ? "default " : "")
                + (Modifier.isFinal(mod) ? "final " : "")
                + name(m.getReturnType()) + " " + m.getDeclaringClass().getName() + "#" + m.getName()
                + "(" + params(m) + ")" + throwsClause(m);
    }

    /** Erased binary name; arrays (varargs too) as {@code []}. */
    static String name(Class<?> t) {
        return t.isArray() ? name(t.getComponentType()) + "[]" : t.getName();
    }

    private static String params(Executable e) {
        return Arrays.stream(e.getParameterTypes()).map(Canonical::name).collect(Collectors.joining(","));
    }

    /** Only checked exceptions change what a caller must compile against; sorted so order in source does not matter. */
    private static String throwsClause(Executable e) {
        List<String> checked = Arrays.stream(e.getExceptionTypes())
                .filter(x -> !RuntimeException.class.isAssignableFrom(x) && !Error.class.isAssignableFrom(x))
                .map(Class::getName).sorted().collect(Collectors.toList());
        return checked.isEmpty() ? "" : " throws " + String.join(", ", checked);
    }

    private static boolean visible(int mod) {
        return Modifier.isPublic(mod) || Modifier.isProtected(mod);
    }

    private static boolean implicitEnumMethod(Class<?> type, Method m) {
        if (!type.isEnum() || !Modifier.isStatic(m.getModifiers())) {
            return false;
        }
        return (m.getName().equals("values") && m.getParameterCount() == 0)
                || (m.getName().equals("valueOf") && Arrays.equals(m.getParameterTypes(), new Class<?>[] {String.class}));
    }

    /** A type counts when it is public or protected, and so is every type around it. */
    static boolean visibleType(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> t = c; t != null; t = t.getEnclosingClass()) {
            if (!visible(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    /** The key of a ledger row's declaration, the same key {@link #of} gives the member it names. */
    static String keyOf(String text) {
        String[] loose = new String[1];
        return keys(text, loose);
    }

    /** The owner and name only (no parameters): pairs a row and a member that differ in parameter types. */
    static String looseKeyOf(String text) {
        String[] loose = new String[1];
        keys(text, loose);
        return loose[0];
    }

    private static final List<String> TYPE_KINDS =
            List.of("interface ", "annotation ", "enum ", "abstract class ", "final class ", "class ");

    private static String keys(String text, String[] loose) {
        String t = text.trim();
        if (t.startsWith("enum constant ")) {
            String k = "field " + t.substring("enum constant ".length()).trim();
            loose[0] = k;
            return k;
        }
        for (String kind : TYPE_KINDS) {
            if (t.startsWith(kind)) {
                String rest = t.substring(kind.length()).trim();
                int sp = rest.indexOf(' ');
                String k = "type " + (sp < 0 ? rest : rest.substring(0, sp));
                loose[0] = k;
                return k;
            }
        }
        int hash = t.indexOf('#');
        if (hash >= 0) {
            int start = t.lastIndexOf(' ', hash) + 1;
            int open = t.indexOf('(', hash);
            int close = t.indexOf(')', hash);
            if (open < 0 || close < 0) {
                loose[0] = t.substring(start);
                return t.substring(start);
            }
            loose[0] = t.substring(start, open);
            return t.substring(start, close + 1);
        }
        int nw = t.startsWith("new ") ? 0 : t.indexOf(" new ") + 1;
        if (nw >= 0 && t.startsWith("new ", nw) && t.indexOf('(', nw) > 0) {
            int open = t.indexOf('(', nw);
            int close = t.indexOf(')', open);
            loose[0] = t.substring(nw, open);
            return close < 0 ? t.substring(nw) : t.substring(nw, close + 1);
        }
        String last = t.substring(t.lastIndexOf(' ') + 1);
        loose[0] = "field " + last;
        return "field " + last;
    }
}
