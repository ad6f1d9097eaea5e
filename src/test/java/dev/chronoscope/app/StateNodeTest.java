package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StateNodeTest {

    @Test
    void anEmptyKeyIsNamedNotLeftBlank() {
        assertEquals("\"\" (empty key)", StateNode.branch("", "entities/").nameTextProperty().get());
        assertEquals("write", StateNode.branch("write", "entities//write").nameTextProperty().get());
        assertEquals("a\\nb", StateNode.branch("a\nb", "x/a\nb").nameTextProperty().get(), "control characters escaped");
    }
}
