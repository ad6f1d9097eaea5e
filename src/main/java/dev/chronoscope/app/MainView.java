package dev.chronoscope.app;

import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
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
 * (State, History, Diff) over the inspector, the causality panel, the bad-records panel and the
 * status bar. Wires the components to one {@link AppController}; owns opening (drag-and-drop, menu)
 * and keys.
 *
 * <p>The app's window {@linkplain #launch shows first} with only the open's progress and the status
 * bar, and builds its views afterwards, one per pulse: creating and styling them all at once keeps
 * the FX thread busy for about a second on a cold JVM. A log that finishes opening before the views
 * are built waits for them.
 */
final class MainView {
    private final Stage stage;
    private final AppPrefs prefs;
    private final AppModel model = new AppModel();
    private final AppController app;
    private final OpenView openView = new OpenView();
    private final OpenController opener;
    private final TabPane tabs = new TabPane();
    private final TextField filter = new TextField();
    private final Label filterError = new Label();
    private final BorderPane root = new BorderPane();
    /** The views below the toolbar, hidden until all of them are built. */
    private final SplitPane content = new SplitPane();
    private final StackPane centre;
    private final Scene scene;

    private final boolean interactive;
    private String lastFailure;

    // Built by buildSteps(), after the window shows when launched.
    private TimelineView timeline;
    private CausalityPanel causality;
    private EventsTable events;
    private StatePanel state;
    private HistoryPanel history;
    private StartPage start;
    private MainMenu menu;
    private boolean built;
    private final List<Runnable> whenBuilt = new ArrayList<>();
    private AnimationTimer building;

    MainView(Stage stage, SessionOpener sessionOpener, AppPrefs prefs) {
        this(stage, sessionOpener, prefs, true, 1280, 800);
    }

    /**
     * The whole window at once (tests, screenshots, the frame benchmark).
     *
     * @param interactive false for off-screen rendering: failures are recorded, not shown in dialogs
     */
    MainView(Stage stage, SessionOpener sessionOpener, AppPrefs prefs, boolean interactive, double width, double height) {
        this(stage, sessionOpener, prefs, interactive, width, height, true);
    }

    private MainView(Stage stage, SessionOpener sessionOpener, AppPrefs prefs, boolean interactive, double width,
                     double height, boolean buildNow) {
        this.stage = stage;
        this.interactive = interactive;
        this.prefs = prefs;
        this.app = new AppController(model, new Background(this::unexpected));
        this.opener = new OpenController(sessionOpener, app, openView, prefs, this::openFailed, this::whenBuilt);
        content.setVisible(false);
        centre = new StackPane(content, openView.overlay());
        root.setTop(new VBox());
        root.setCenter(centre);
        root.setBottom(new VBox(openView.errorPanel(), new StatusBar(model).view()));
        scene = new Scene(root, width, height);
        scene.getStylesheets().add(MainView.class.getResource("chronoscope.css").toExternalForm());
        installDrop();
        model.log.addListener((o, a, log) -> {
            showTitle();
            // Arrow keys step the cursor as soon as a log is open, not the caret of the filter box.
            if (log != null && timeline != null) timeline.requestFocus();
        });
        opener.opening().addListener(o -> showTitle());
        showTitle();
        stage.setScene(scene);
        setDark(prefs.dark());
        if (buildNow) buildSteps().forEach(Runnable::run);
    }

    /**
     * The app's window, shown at once: the first log's open (started before the toolkit, or null)
     * shows its progress while the views are built one per pulse; its ingest, if it has to ingest,
     * starts once the window is on screen.
     */
    static MainView launch(Stage stage, SessionOpener sessionOpener, AppPrefs prefs, PendingOpen first) {
        MainView view = new MainView(stage, sessionOpener, prefs, true, 1280, 800, false);
        if (first != null) view.opener.adopt(first);
        stage.show();
        if (first != null) first.releaseIngest();
        view.building = PulseSteps.run(view.buildSteps());
        return view;
    }

    /**
     * The views, each step adding one to the showing scene (hidden behind the progress until the
     * last), so that each is created and styled in a pulse of its own.
     */
    private List<Runnable> buildSteps() {
        SplitPane middle = new SplitPane();
        SplitPane right = new SplitPane();
        right.setOrientation(Orientation.VERTICAL);
        content.setOrientation(Orientation.VERTICAL);
        return List.of(
                () -> {
                    timeline = new TimelineView(app);
                    timeline.dark.set(prefs.dark());
                    content.getItems().add(timeline);
                },
                () -> {
                    menu = new MainMenu(this, app, timeline, prefs);
                    ((VBox) root.getTop()).getChildren().add(menu.bar());
                    KeyBindings.install(scene, app, timeline);
                },
                () -> ((VBox) root.getTop()).getChildren().add(toolbar()),
                () -> {
                    causality = new CausalityPanel(app);
                    causality.graph().dark.set(prefs.dark());
                    content.getItems().addAll(middle, causality.view());
                },
                () -> {
                    state = new StatePanel(model, path -> {
                        history().show(path);
                        tabs.getSelectionModel().select(1);
                    });
                    right.getItems().add(tabs());
                    middle.getItems().add(right);
                },
                () -> right.getItems().add(new InspectorPanel(model).view()),
                () -> {
                    events = new EventsTable(app);
                    events.dark.set(prefs.dark());
                    middle.getItems().add(0, events.view());
                },
                () -> {
                    remember(content, "main", new double[] {0.25, 0.8});
                    remember(middle, "middle", new double[] {0.5});
                    remember(right, "right", new double[] {0.62});
                    start = new StartPage(prefs, this::open);
                    centre.getChildren().add(1, start.view());
                    showTitle();
                    content.setVisible(true);
                    built = true;
                    whenBuilt.forEach(Runnable::run);
                    whenBuilt.clear();
                });
    }

    /** True once every view is in the window. */
    boolean built() {
        return built;
    }

    /** Runs r once the views are built (at once when they are): a log opened early waits for them. */
    private void whenBuilt(Runnable r) {
        if (built) r.run();
        else whenBuilt.add(r);
    }

    /** Names the log shown or, while none is, the log opening; the start page shows when neither is. */
    private void showTitle() {
        OpenLog log = model.log.get();
        Path opening = opener.opening().get();
        String name = log != null ? log.name() : opening == null ? null
                : opening.getFileName() == null ? opening.toString() : opening.getFileName().toString();
        stage.setTitle(name == null ? "Chronoscope" : "Chronoscope — " + name);
        if (start != null) start.view().setVisible(log == null && opening == null);
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

    /**
     * Opens a file the user chose or dropped. Its name came from the desktop, which may hold
     * characters this JVM's locale cannot encode (a UTF-8 name under LANG=C): that is said, not thrown.
     */
    void open(File file) {
        Path log;
        try {
            log = file.toPath();
        } catch (InvalidPathException e) {
            openFailed(file.getName() + ": this name cannot be read in the current locale, whose encoding is "
                    + System.getProperty("sun.jnu.encoding") + " (set by LC_ALL, LC_CTYPE or LANG)."
                    + " Start Chronoscope with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or rename the file.");
            return;
        }
        open(log);
    }

    boolean opening() {
        return opener.opening().get() != null;
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
        if (timeline != null) timeline.dark.set(dark);
        if (events != null) events.dark.set(dark);
        if (causality != null) causality.graph().dark.set(dark);
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
        if (building != null) building.stop();
        if (timeline != null) timeline.close();
        if (causality != null) causality.close();
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

    /** State is built now; History and Diff when first shown (History also when a value's history is asked for). */
    private TabPane tabs() {
        tabs.setId("stateTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab historyTab = new Tab("History");
        Tab diffTab = new Tab("Diff");
        tabs.getTabs().addAll(new Tab("State", state.view()), historyTab, diffTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            if (tab == historyTab) history();
            if (tab == diffTab && diffTab.getContent() == null) diffTab.setContent(new DiffPanel(app).view());
        });
        return tabs;
    }

    private HistoryPanel history() {
        if (history == null) {
            history = new HistoryPanel(app);
            tabs.getTabs().get(1).setContent(history.view());
        }
        return history;
    }

    /** Starts the dividers where the user left them last time, and remembers where they go. */
    private void remember(SplitPane pane, String name, double[] fallback) {
        double[] positions = new double[fallback.length];
        for (int i = 0; i < positions.length; i++) positions[i] = prefs.divider(name + "." + i, fallback[i]);
        pane.setDividerPositions(positions);
        for (int i = 0; i < positions.length; i++) {
            String key = name + "." + i;
            pane.getDividers().get(i).positionProperty().addListener((obs, was, now) -> prefs.setDivider(key, now.doubleValue()));
        }
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
        open(files.get(0));
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

    /** A failure of background work: a damaged cache is ingested again, anything else is shown. */
    private void unexpected(Throwable t) {
        if (!opener.rebuildIfDamaged(t)) model.status.set("Error: " + t);
    }
}
