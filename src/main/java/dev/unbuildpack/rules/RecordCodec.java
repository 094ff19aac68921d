package dev.unbuildpack.rules;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form for the records rule files bind to: components that are strings, lists
 * of strings or of records, string maps and records. Rules are compiled to it at build time
 * because binding TOML through Jackson costs more than the rest of a conversion; reading it needs
 * nothing but {@link DataInputStream}.
 *
 * <p>Every stream starts with the {@link #shape} of its record type, so a file written for another
 * version of a record is recognised and refused instead of read wrongly.
 */
final class RecordCodec {
  private RecordCodec() {}

  /**
   * The names and types of a record's components, nested records included:
   * "Rule(id:S,source:RuleSource(repo:S,...),values:[S],env:{S},...)".
   */
  static String shape(Class<?> type) {
    // Loops, not streams: this runs once per fresh process, where each stream pipeline and
    // lambda costs more to set up than the work it does.
    StringBuilder shape = new StringBuilder(type.getSimpleName()).append('(');
    RecordComponent[] components = type.getRecordComponents();
    for (int i = 0; i < components.length; i++) {
      shape.append(i == 0 ? "" : ",").append(components[i].getName()).append(':')
          .append(shapeOf(components[i].getGenericType()));
    }
    return shape.append(')').toString();
  }

  private static String shapeOf(Type type) {
    if (type == String.class) {
      return "S";
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      return shape(c);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return "[" + shapeOf(p.getActualTypeArguments()[0]) + "]";
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class
        && p.getActualTypeArguments()[0] == String.class
        && p.getActualTypeArguments()[1] == String.class) {
      return "{S}";
    }
    throw new IllegalArgumentException("a rule record cannot hold a " + type.getTypeName());
  }

  static void write(DataOutputStream out, Record value) throws IOException {
    writeValue(out, value.getClass(), value);
  }

  private static void writeValue(DataOutputStream out, Type type, Object value)
      throws IOException {
    out.writeBoolean(value != null);
    if (value == null) {
      return;
    }
    if (type == String.class) {
      out.writeUTF((String) value);
    } else if (type instanceof Class<?> c && c.isRecord()) {
      for (RecordComponent component : c.getRecordComponents()) {
        writeValue(out, component.getGenericType(), get(component, value));
      }
    } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      List<?> list = (List<?>) value;
      out.writeInt(list.size());
      for (Object item : list) {
        writeValue(out, p.getActualTypeArguments()[0], item);
      }
    } else {
      Map<?, ?> map = (Map<?, ?>) value;
      out.writeInt(map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeUTF((String) entry.getKey());
        out.writeUTF((String) entry.getValue());
      }
    }
  }

  /** Reads records of one stream; it looks each record type's components up once. */
  static final class Reader {
    private final DataInputStream in;
    private final Map<Class<?>, Binding> bindings = new HashMap<>();

    Reader(DataInputStream in) {
      this.in = in;
    }

    <T extends Record> T read(Class<T> type) throws IOException {
      return type.cast(readValue(type));
    }

    private Object readValue(Type type) throws IOException {
      if (!in.readBoolean()) {
        return null;
      }
      if (type == String.class) {
        return in.readUTF();
      }
      if (type instanceof Class<?> c && c.isRecord()) {
        Binding binding = bindings.computeIfAbsent(c, Binding::of);
        Object[] values = new Object[binding.types().length];
        for (int i = 0; i < values.length; i++) {
          values[i] = readValue(binding.types()[i]);
        }
        return binding.construct(values);
      }
      int size = in.readInt();
      if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
        List<Object> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          list.add(readValue(p.getActualTypeArguments()[0]));
        }
        return list;
      }
      Map<String, String> map = new LinkedHashMap<>();
      for (int i = 0; i < size; i++) {
        map.put(in.readUTF(), in.readUTF());
      }
      return map;
    }
  }

  /** A record type's component types, in order, and its canonical constructor. */
  private record Binding(Type[] types, Constructor<?> constructor) {
    static Binding of(Class<?> type) {
      RecordComponent[] components = type.getRecordComponents();
      Type[] types = new Type[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getGenericType();
        raw[i] = components[i].getType();
      }
      try {
        return new Binding(types, type.getDeclaredConstructor(raw));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
      }
    }

    Object construct(Object[] values) {
      try {
        return constructor.newInstance(values);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot construct " + constructor.getName(), e);
      }
    }
  }

  private static Object get(RecordComponent component, Object record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }
}
