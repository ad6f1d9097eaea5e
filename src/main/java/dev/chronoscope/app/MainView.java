package dev.chronoscope.app;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * The main window: menu and toolbar (filter box), timeline, events table beside the state tabs
 * (State, History, Diff) over the inspector, the bad-records panel and the status bar. Wires the
 * components to one {@link AppController}; owns opening (drag-and-drop, menu) and keys.
 */
final class MainView {
    private final Stage stage;
    private final AppPrefs prefs;
    private final AppModel model = new AppModel();
    private final AppController app;
    private final OpenView openView = new OpenView();
    private final OpenController opener;
    private final TimelineView timeline;
    private final CausalityPanel causality;
    private EventsTable events;
    private final StatePanel state;
    private final HistoryPanel history;
    private final TabPane tabs = new TabPane();
    private final TextField filter = new TextField();
    private final Label filterError = new Label();
    private final StartPage start;
    private final BorderPane root = new BorderPane();
    private final Scene scene;
    private final MainMenu menu;

    private final boolean interactive;
    private String lastFailure;

    MainView(Stage stage, SessionOpener sessionOpener, AppPrefs prefs) {
        this(stage, sessionOpener, prefs, true, 1280, 800);
    }

    /** @param interactive false for off-screen rendering: failures are recorded, not shown in dialogs */
    MainView(Stage stage, SessionOpener sessionOpener, AppPrefs prefs, boolean interactive, double width, double height) {
        this.stage = stage;
        this.interactive = interactive;
        this.prefs = prefs;
        this.app = new AppController(model, new Background(this::unexpected));
        this.opener = new OpenController(sessionOpener, app, openView, prefs, this::openFailed);
        timeline = new TimelineView(app);
        causality = new CausalityPanel(app);
        history = new HistoryPanel(app);
        state = new StatePanel(model, path -> {
            history.show(path);
            tabs.getSelectionModel().select(1);
        });
        start = new StartPage(prefs, this::open);
        menu = new MainMenu(this, app, timeline, prefs);
        root.setTop(new VBox(menu.bar(), toolbar()));
        StackPane centre = new StackPane(content(), start.view(), openView.overlay());
        root.setCenter(centre);
        root.setBottom(new VBox(openView.errorPanel(), new StatusBar(model).view()));
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainView.class.getResource("chronoscope.css").toExternalForm());
        KeyBindings.install(scene, app, timeline);
        installDrop();
        model.log.addListener((o, a, log) -> {
            stage.setTitle("Chronoscope — " + (log == null ? "" : log.name()));
            start.view().setVisible(log == null);
            // Arrow keys step the cursor as soon as a log is open, not the caret of the filter box.
            if (log != null) timeline.requestFocus();
        });
        stage.setTitle("Chronoscope");
        stage.setScene(scene);
        setDark(prefs.dark());
    }

    Scene scene() {
        return scene;
    }

    Stage stage() {
        return stage;
    }

    AppModel model() {
        return model;
    }

    AppController controller() {
        return app;
    }

    void open(Path log) {
        lastFailure = null;
        opener.open(log);
    }

    boolean opening() {
        return opener.opening();
    }

    /** The message of the last open that failed, or null. */
    String lastFailure() {
        return lastFailure;
    }

    void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    void setDark(boolean dark) {
        prefs.setDark(dark);
        Theme.apply(dark);
        timeline.dark.set(dark);
        causality.graph().dark.set(dark);
    }

    void dispose() {
        opener.cancel();
        closeViews();
        app.close(true);
    }

    /** Stops the window's threads but leaves the log open for whoever lent it (the frame benchmark). */
    void disposeKeepingLog() {
        opener.cancel();
        closeViews();
        app.close(false);
    }

    private void closeViews() {
        timeline.close();
        causality.close();
    }

    private ToolBar toolbar() {
        filter.setId("filterField");
        filter.setPromptText("Filter, e.g.  type = LockContended and severity >= WARN   (Enter)");
        filter.setPrefColumnCount(40);
        filter.setOnAction(e -> app.setFilter(filter.getText()));
        // Escape hands the keys back to the timeline, where the arrows step the cursor.
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) timeline.requestFocus();
        });
        filterError.setId("filterError");
        filterError.getStyleClass().add("filter-error");
        filterError.textProperty().bind(model.filterError);
        model.filterError.addListener((o, a, err) -> filter.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), !err.isEmpty()));
        HBox legend = new HBox(6);
        legend.setAlignment(Pos.CENTER_LEFT);
        String[] names = {"trace", "debug", "info", "warn", "error", "critical"};
        for (int i = 0; i < names.length; i++) {
            Label l = new Label(names[i], new Rectangle(10, 10, TimelineRenderer.SEVERITY[i]));
            legend.getChildren().add(l);
        }
        Region grow = new Region();
        HBox.setHgrow(grow, javafx.scene.layout.Priority.ALWAYS);
        Button openButton = new Button("Open", Icons.of("fth-folder"));
        openButton.setOnAction(e -> menu.chooseLog());
        Button zoomIn = iconButton("fth-zoom-in", "Zoom in (+)", () -> timeline.zoom(0.5));
        Button zoomOut = iconButton("fth-zoom-out", "Zoom out (−)", () -> timeline.zoom(2));
        return new ToolBar(openButton, zoomIn, zoomOut, new Separator(Orientation.VERTICAL), Icons.of("fth-filter"),
                filter, filterError, grow, legend);
    }

    private static Button iconButton(String icon, String tip, Runnable action) {
        Button b = new Button(null, Icons.of(icon));
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add(Styles.BUTTON_ICON);
        b.setOnAction(e -> action.run());
        return b;
    }

    private Region content() {
        tabs.setId("stateTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(new Tab("State", state.view()), new Tab("History", history.view()),
                new Tab("Diff", new DiffPanel(app).view()));
        SplitPane right = split(Orientation.VERTICAL, "right", new double[] {0.62}, tabs, new InspectorPanel(model).view());
        events = new EventsTable(app);
        SplitPane middle = split(Orientation.HORIZONTAL, "middle", new double[] {0.5}, events.view(), right);
        return split(Orientation.VERTICAL, "main", new double[] {0.25, 0.8}, timeline, middle, causality.view());
    }

    /** A split pane whose dividers start where the user left them last time. */
    private SplitPane split(Orientation o, String name, double[] fallback, javafx.scene.Node... items) {
        SplitPane pane = new SplitPane(items);
        pane.setOrientation(o);
        double[] positions = new double[fallback.length];
        for (int i = 0; i < positions.length; i++) positions[i] = prefs.divider(name + "." + i, fallback[i]);
        pane.setDividerPositions(positions);
        for (int i = 0; i < positions.length; i++) {
            String key = name + "." + i;
            pane.getDividers().get(i).positionProperty().addListener((obs, was, now) -> prefs.setDivider(key, now.doubleValue()));
        }
        return pane;
    }

    private void installDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            e.setDropCompleted(openDropped(e.getDragboard().getFiles()));
            e.consume();
        });
    }

    /** Opens the first dropped file or folder; false when nothing usable was dropped. */
    boolean openDropped(List<File> files) {
        if (files == null || files.isEmpty()) return false;
        open(files.get(0).toPath());
        return true;
    }

    EventsTable events() {
        return events;
    }

    TimelineView timeline() {
        return timeline;
    }

    CausalityPanel causality() {
        return causality;
    }

    private void openFailed(String message) {
        lastFailure = message;
        model.status.set(message);
        if (!interactive) return;
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText("The log could not be opened");
        alert.setTitle("Chronoscope");
        alert.initOwner(stage);
        alert.show();
    }

    private void unexpected(Throwable t) {
        model.status.set("Error: " + t);
    }
}
