package dev.chronoscope.app;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

/**
 * The causality panel: a header with the slice depth control ("1".."64", "all"), the slice's size,
 * "Only this slice" for the events table, the collapsing switch and the findings menu, over the
 * space-time diagram ({@link CausalityView}).
 */
final class CausalityPanel {
    /** The spinner value that stands for "all": one past the deepest finite depth. */
    static final int ALL = CausalSlice.MAX_DEPTH + 1;

    private final AppController app;
    private final AppModel model;
    private final BorderPane root = new BorderPane();
    private final CausalityView graph;
    private final Label sliceLabel = new Label();
    private final Label hiddenLanes = new Label();
    private final MenuButton findings = new MenuButton("Findings");

    CausalityPanel(AppController app) {
        this.app = app;
        this.model = app.model();
        graph = new CausalityView(app);
        root.setId("causalityPanel");
        root.setTop(header());
        graph.hiddenLanes().addListener((o, a, n) -> showHidden(n.intValue()));
        showHidden(0);
        root.setCenter(graph);
        model.slice.addListener((o, a, s) -> sliceLabel.setText(s == null ? "" : s.label()));
        model.findings.addListener((ListChangeListener<FindingMark>) c -> fillFindings());
        fillFindings();
    }

    BorderPane view() {
        return root;
    }

    CausalityView graph() {
        return graph;
    }

    void close() {
        graph.close();
    }

    private HBox header() {
        Label title = new Label("Causality");
        title.getStyleClass().add("panel-title");
        Spinner<Integer> depth = new Spinner<>();
        depth.setId("sliceDepth");
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, ALL,
                toSpinner(model.sliceDepth.get()));
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer v) {
                return v == null ? "" : v >= ALL ? "all" : v.toString();
            }

            @Override
            public Integer fromString(String text) {
                String t = text.trim();
                if (t.equalsIgnoreCase("all")) return ALL;
                try {
                    return Math.max(1, Math.min(ALL, Integer.parseInt(t)));
                } catch (NumberFormatException e) {
                    return toSpinner(model.sliceDepth.get());
                }
            }
        });
        depth.setValueFactory(values);
        depth.setEditable(true);
        depth.setPrefWidth(80);
        depth.setTooltip(new Tooltip("How many causal hops the lit slice follows (all: the whole transitive slice)"));
        values.valueProperty().addListener((o, a, v) -> model.sliceDepth.set(v >= ALL ? 0 : v));
        sliceLabel.setId("sliceLabel");
        CheckBox only = new CheckBox("Only this slice in the table");
        only.setId("sliceOnly");
        only.selectedProperty().bindBidirectional(model.sliceOnly);
        CheckBox collapse = new CheckBox("Collapse local runs");
        collapse.setId("collapseRuns");
        // With one lane nothing crosses between lanes, so the whole log would be a single run: the
        // switch is off and disabled there, and the user's choice waits for a log with lanes.
        collapse.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !CausalityLoader.collapses(model.log.get()), model.log));
        InvalidationListener showCollapse = o -> collapse.setSelected(
                model.collapseRuns.get() && CausalityLoader.collapses(model.log.get()));
        model.collapseRuns.addListener(showCollapse);
        model.log.addListener(showCollapse);
        showCollapse.invalidated(null);
        collapse.selectedProperty().addListener((o, a, v) -> {
            if (CausalityLoader.collapses(model.log.get())) model.collapseRuns.set(v);
        });
        collapse.setTooltip(new Tooltip("Show each lane's events between two of its cross-lane links as one box"
                + " (a log with one lane always shows every event)"));
        findings.setId("findingsButton");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        hiddenLanes.setId("hiddenLanes");
        hiddenLanes.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        hiddenLanes.setTooltip(new Tooltip("Too many lanes for readable columns: shown are the cursor's lane, the lanes of"
                + " its causes and effects and of the arrows in view, then the lanes nearest the cursor."
                + " A wider window shows more."));
        Label depthLabel = new Label("Depth");
        // In a narrow window the switches give way first: the counts are what the diagram is read by.
        for (Label l : new Label[] {title, depthLabel, sliceLabel, hiddenLanes}) l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(10, title, depthLabel, depth, sliceLabel, hiddenLanes, grow, only, collapse, findings);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(2, 8, 2, 8));
        box.getStyleClass().add("causality-header");
        return box;
    }

    private void showHidden(int hidden) {
        hiddenLanes.setText(hiddenLanesNote(hidden));
        hiddenLanes.setVisible(hidden > 0);
        hiddenLanes.setManaged(hidden > 0);
    }

    /** E.g. "+2,996 lanes hidden"; empty when every lane has a column. */
    static String hiddenLanesNote(int hidden) {
        if (hidden <= 0) return "";
        return String.format("+%,d %s hidden", hidden, hidden == 1 ? "lane" : "lanes");
    }

    private static int toSpinner(int depth) {
        return depth <= 0 ? ALL : Math.min(depth, CausalSlice.MAX_DEPTH);
    }

    private void fillFindings() {
        findings.getItems().setAll(findingItems(app));
        findings.setText(model.findings.isEmpty() ? "No findings" : "Findings (" + model.findings.size() + ")");
        findings.setDisable(model.findings.isEmpty());
        findings.getStyleClass().remove(atlantafx.base.theme.Styles.DANGER);
        if (!model.findings.isEmpty()) findings.getStyleClass().add(atlantafx.base.theme.Styles.DANGER);
    }

    /** One menu item per finding, each moving the cursor to where the finding forms. */
    static java.util.List<MenuItem> findingItems(AppController app) {
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        for (FindingMark f : app.model().findings) {
            MenuItem item = new MenuItem(f.title());
            item.setOnAction(e -> app.moveTo(f.offset()));
            items.add(item);
        }
        return items;
    }
}
