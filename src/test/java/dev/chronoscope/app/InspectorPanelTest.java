package dev.chronoscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chronoscope.event.Event;
import dev.chronoscope.event.Severity;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The inspector's envelope line with fields too long for it. */
@ExtendWith(ApplicationExtension.class)
class InspectorPanelTest {

    /**
     * A 200-character lane name is one word longer than the line: the label cut it with an ellipsis
     * and everything after it (type, severity, id) went out of view.
     */
    @Test
    void aVeryLongLaneLeavesTheTypeSeverityAndIdInView() {
        String lane = "L".repeat(190) + "-first-one";
        ObjectNode record = JsonNodeFactory.instance.objectNode().put("lane", lane);
        Event e = new Event(151, Event.NO_TIME, "Send", lane, Severity.WARN, "e151", Event.NO_DURATION, null,
                List.of(), null, record, record, 152);
        String envelope = FxWait.call(() -> {
            AppModel model = new AppModel();
            InspectorPanel panel = new InspectorPanel(model);
            model.selected.set(e);
            return ((Label) panel.view().lookup("#inspectorEnvelope")).getText();
        });
        assertTrue(envelope.endsWith(" · Send · WARN · id e151 · source line 152"), envelope);
        assertTrue(envelope.contains("-first-one"), "the lane keeps its distinct end: " + envelope);
        assertTrue(envelope.length() < 120, envelope);
        assertEquals("sched", InspectorPanel.brief("sched"));
    }
}
