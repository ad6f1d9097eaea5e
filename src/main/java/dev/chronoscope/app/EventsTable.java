package dev.chronoscope.app;

import dev.chronoscope.event.Event;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The events table over {@link EventRowList}: follows the cursor (selects and reveals its row) and
 * moves the cursor when the user selects a row. Shows only matches while a filter is active.
 */
final class EventsTable {
    private final AppController app;
    private final AppModel model;
    private final TableView<EventRow> table = new TableView<>();
    private final EventRowList rows;
    private boolean following;

    EventsTable(AppController app) {
        this.app = app;
        this.model = app.model();
        rows = new EventRowList(app.background(), table::refresh);
        table.setId("eventsTable");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Offset", 70, r -> Long.toString(r.offset())));
        table.getColumns().add(column("Time", 100, r -> r.event() == null ? "" : time(r.event())));
        table.getColumns().add(column("Lane", 90, r -> r.event() == null ? "" : r.event().lane()));
        table.getColumns().add(column("Type", 130, r -> r.event() == null ? "" : r.event().type()));
        table.getColumns().add(column("Severity", 84, r -> r.event() == null ? "" : r.event().severity().name()));
        table.getColumns().add(column("Summary", 420, EventRow::summary));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(EventRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("sev-warn", "sev-error");
                if (!empty && row != null && row.event() != null) {
                    switch (row.event().severity()) {
                        case WARN -> getStyleClass().add("sev-warn");
                        case ERROR, CRITICAL -> getStyleClass().add("sev-error");
                        default -> { }
                    }
                }
            }
        });
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, index) -> {
            if (following || index == null || index.intValue() < 0) return;
            app.moveTo(rows.offsetAt(index.intValue()));
        });
        model.log.addListener((o, a, log) -> rows.reset(log == null ? null : log.session(), model.eventCount(), null));
        model.matches.addListener((o, a, m) -> {
            rows.reset(model.session(), model.eventCount(), m);
            follow(model.cursor.get());
        });
        model.cursor.addListener((o, a, v) -> follow(v));
    }

    TableView<EventRow> view() {
        return table;
    }

    private String time(Event e) {
        OpenLog log = model.log.get();
        return e.hasTime() && log != null ? TimeFormat.relative(e.time() - log.minTime()) : "";
    }

    private void follow(CursorView v) {
        if (v == null || rows.isEmpty()) return;
        int index = rows.indexOf(v.offset());
        following = true;
        try {
            if (index < 0) table.getSelectionModel().clearSelection();
            else {
                if (table.getSelectionModel().getSelectedIndex() != index) table.getSelectionModel().clearAndSelect(index);
                if (!visible(index)) table.scrollTo(Math.max(0, index - 3));
            }
        } finally {
            following = false;
        }
    }

    private boolean visible(int index) {
        if (!(table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) return false;
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && index > first.getIndex() && index < last.getIndex();
    }

    private static TableColumn<EventRow, String> column(String name, double width, Function<EventRow, String> text) {
        TableColumn<EventRow, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : text.apply(f.getValue())));
        return c;
    }
}
