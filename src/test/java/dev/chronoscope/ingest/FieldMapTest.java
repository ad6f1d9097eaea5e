package dev.chronoscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FieldMapTest {

    /** Random puts, replacements and removals, across the scan / index boundary, against a linked map. */
    @Test
    void behavesLikeALinkedHashMapAtEverySize() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            int keySpace = 1 + random.nextInt(round < 100 ? 12 : 200);
            FieldMap<Integer> map = new FieldMap<>(random.nextInt(4));
            LinkedHashMap<String, Integer> expected = new LinkedHashMap<>();
            for (int op = 0; op < 400; op++) {
                String key = "k" + random.nextInt(keySpace);
                int choice = random.nextInt(10);
                if (choice < 6) {
                    assertEquals(expected.put(key, op), map.put(key, op), key);
                } else if (choice < 8) {
                    assertEquals(expected.remove(key), map.remove(key), key);
                } else if (choice == 8) {
                    removeEveryThird(expected.entrySet().iterator());
                    removeEveryThird(map.entrySet().iterator());
                } else {
                    assertEquals(expected.get(key), map.get(key), key);
                    assertEquals(expected.containsKey(key), map.containsKey(key), key);
                }
                assertEquals(expected.size(), map.size());
            }
            assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(map.keySet()), "insertion order");
            assertEquals(new ArrayList<>(expected.values()), new ArrayList<>(map.values()));
            List<String> walked = new ArrayList<>();
            map.entrySet().forEach(e -> walked.add(e.getKey() + "=" + e.getValue()));
            assertEquals(expected.entrySet().stream().map(Object::toString).toList(), walked);
            assertEquals(expected, map);
            assertEquals(map, expected);
            assertEquals(expected.hashCode(), map.hashCode());
            for (int k = 0; k < keySpace; k++) assertEquals(expected.get("k" + k), map.get("k" + k));
        }
    }

    private static void removeEveryThird(Iterator<? extends Map.Entry<String, Integer>> it) {
        for (int i = 0; it.hasNext(); i++) {
            it.next();
            if (i % 3 == 0) it.remove();
        }
    }

    @Test
    void entriesWriteThroughAndStructuralChangesAreNoticed() {
        FieldMap<Integer> map = new FieldMap<>(2);
        map.put("a", 1);
        map.put("b", 2);
        map.entrySet().iterator().next().setValue(10);
        assertEquals(10, map.get("a"));
        Iterator<Map.Entry<String, Integer>> it = map.entrySet().iterator();
        it.next();
        map.put("c", 3);
        assertThrows(ConcurrentModificationException.class, it::next);
        assertThrows(NullPointerException.class, () -> map.put(null, 1));
        assertEquals(null, map.get(null));
        assertEquals(null, map.get(7));
        map.clear();
        assertEquals(0, map.size());
        assertEquals(null, map.get("a"));
    }

    /** A tree built on it reads, prints and compares like one Jackson built. */
    @Test
    void objectNodesOnItEqualJacksonsOwn() throws Exception {
        String json = "{\"z\":1,\"a\":{\"x\":[1,2,{\"q\":null}],\"y\":\"s\"},\"m\":true}";
        JsonNode jackson = Jsons.TREE_READER.readTree(json);
        ObjectNode inner = new ObjectNode(TreeAssembly.NODES, new FieldMap<>(1));
        inner.set("x", jackson.get("a").get("x").deepCopy());
        inner.put("y", "s");
        ObjectNode ours = new ObjectNode(TreeAssembly.NODES, new FieldMap<>(1));
        ours.put("z", 1);
        ours.set("a", inner);
        ours.put("m", true);
        assertEquals(jackson, ours);
        assertEquals(ours, jackson);
        assertEquals(jackson.toString(), ours.toString());
        assertEquals(jackson.hashCode(), ours.hashCode());
        ours.remove("z");
        assertEquals("{\"a\":{\"x\":[1,2,{\"q\":null}],\"y\":\"s\"},\"m\":true}", ours.toString());
    }
}
