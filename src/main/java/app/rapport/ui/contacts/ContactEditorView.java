package app.rapport.ui.contacts;

import app.rapport.domain.Countries;
import app.rapport.domain.FieldLimits;
import app.rapport.domain.FitNote;
import app.rapport.ui.common.FieldErrors;
import app.rapport.ui.common.FormLabels;
import app.rapport.ui.common.Formats;
import app.rapport.ui.common.KeyboardFocus;
import app.rapport.ui.common.TextLimits;
import app.rapport.ui.common.Texts;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.Rating;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;

/** The contact form: binds each field to {@link ContactEditorViewModel} and forwards the buttons. */
public final class ContactEditorView {


    @FXML private StackPane root;
    @FXML private VBox placeholder;
    @FXML private VBox form;
    @FXML private TabPane tabs;
    @FXML private Tab profileTab;
    @FXML private Tab outreachTab;
    @FXML private Tab dealsTab;
    @FXML private Label titleLabel;
    @FXML private Label unsavedLabel;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button deleteButton;
    @FXML private TextField displayNameField;
    @FXML private Label displayNameError;
    @FXML private TextField realNameField;
    @FXML private TextField emailField;
    @FXML private Label emailError;
    @FXML private TextField phoneField;
    @FXML private TextField cityField;
    @FXML private SearchableComboBox<Countries.Country> countryBox;
    @FXML private TextField languagesField;
    @FXML private TextField tagsField;
    @FXML private TextArea audienceField;
    @FXML private ScrollPane scroller;
    @FXML private VBox accountsBox;
    @FXML private Rating ratingControl;
    @FXML private TextArea redFlagsField;
    @FXML private ListView<FitNote> notesList;
    @FXML private TextField newNoteField;
    @FXML private GridPane fields;
    @FXML private Label fitRatingLabel;
    @FXML private Label redFlagsLabel;
    @FXML private Label notesLabel;

    private final ContactsViewModel contacts;
    private final ContactEditorViewModel viewModel;

    public ContactEditorView(ContactsViewModel contacts) {
        this.contacts = contacts;
        this.viewModel = contacts.editor();
    }

    @FXML
    private void initialize() {
        FormLabels.nameFields(fields);
        fitRatingLabel.setLabelFor(ratingControl);
        redFlagsLabel.setLabelFor(redFlagsField);
        notesLabel.setLabelFor(notesList);
        placeholder.visibleProperty().bind(viewModel.activeProperty().not());
        form.visibleProperty().bind(viewModel.activeProperty());
        titleLabel.textProperty().bind(viewModel.titleProperty());
        unsavedLabel.visibleProperty().bind(viewModel.dirtyProperty());
        saveButton.disableProperty().bind(contacts.canSaveProperty().not());
        revertButton.disableProperty().bind(viewModel.dirtyProperty().not());
        deleteButton.disableProperty().bind(contacts.canDeleteProperty().not());

        displayNameField.textProperty().bindBidirectional(viewModel.displayNameProperty());
        realNameField.textProperty().bindBidirectional(viewModel.realNameProperty());
        emailField.textProperty().bindBidirectional(viewModel.emailProperty());
        phoneField.textProperty().bindBidirectional(viewModel.phoneProperty());
        cityField.textProperty().bindBidirectional(viewModel.cityProperty());
        countryBox.getItems().setAll(viewModel.countryChoices());
        countryBox.valueProperty().bindBidirectional(viewModel.countryProperty());
        languagesField.textProperty().bindBidirectional(viewModel.languagesProperty());
        tagsField.textProperty().bindBidirectional(viewModel.tagsProperty());
        audienceField.textProperty().bindBidirectional(viewModel.audienceNotesProperty());
        redFlagsField.textProperty().bindBidirectional(viewModel.redFlagsProperty());
        newNoteField.textProperty().bindBidirectional(viewModel.newNoteProperty());
        FieldErrors.show(displayNameField, displayNameError, viewModel.displayNameErrorProperty());
        FieldErrors.show(emailField, emailError, viewModel.emailErrorProperty());
        TextLimits.limit(displayNameField, FieldLimits.NAME);
        TextLimits.limit(realNameField, FieldLimits.NAME);
        TextLimits.limit(emailField, FieldLimits.EMAIL);
        TextLimits.limit(phoneField, FieldLimits.PHONE);
        TextLimits.limit(cityField, FieldLimits.CITY);
        TextLimits.limit(languagesField, FieldLimits.LANGUAGES);
        TextLimits.limit(tagsField, FieldLimits.LANGUAGES);
        TextLimits.limit(audienceField, FieldLimits.LONG_TEXT);
        TextLimits.limit(redFlagsField, FieldLimits.LONG_TEXT);
        TextLimits.limit(newNoteField, FieldLimits.LONG_TEXT);
        TextFields.bindAutoCompletion(tagsField, request -> TagCompletion.suggest(
                request.getUserText(), contacts.knownTags()));

        bindRating();
        notesList.setItems(viewModel.notes());
        notesList.setCellFactory(list -> new NoteCell());
        notesList.setPlaceholder(new Label(Texts.text("contacts.editor.noNotes")));

        viewModel.accounts().addListener((ListChangeListener<AccountFormViewModel>) change -> showAccounts());
        showAccounts();
        bindTabs();
    }

    private void bindTabs() {
        Map<EditorTab, Tab> byName = new EnumMap<>(Map.of(EditorTab.PROFILE, profileTab,
                EditorTab.OUTREACH, outreachTab, EditorTab.DEALS, dealsTab));
        tabs.getSelectionModel().select(byName.get(contacts.tabProperty().get()));
        contacts.tabProperty().addListener((obs, old, tab) -> tabs.getSelectionModel().select(byName.get(tab)));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> byName.forEach((name, t) -> {
            if (t == tab) {
                contacts.tabProperty().set(name);
            }
        }));
        // Ctrl+Page Down swaps the tab under the focus: the focus follows into the tab now shown.
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (KeyboardFocus.isWithin(tabs)) {
                Platform.runLater(() -> KeyboardFocus.enter(tab.getContent()));
            }
        });
        // Later, not now: the Profile tab's content is shown once the tab switch has been laid out.
        contacts.newContactsStartedProperty().addListener((obs, old, count) ->
                Platform.runLater(displayNameField::requestFocus));
    }

    private void bindRating() {
        viewModel.fitRatingProperty().addListener((obs, old, rating) ->
                ratingControl.setRating(rating == null ? 0 : rating));
        ratingControl.ratingProperty().addListener((obs, old, rating) -> {
            int value = (int) Math.round(rating.doubleValue());
            viewModel.fitRatingProperty().set(value == 0 ? null : value);
        });
        Integer rating = viewModel.fitRatingProperty().get();
        ratingControl.setRating(rating == null ? 0 : rating);
    }

    private void showAccounts() {
        List<AccountFormViewModel> rows = viewModel.accounts();
        // Rows are rebuilt only when rows are added or removed; field edits do not change the list's size.
        if (accountsBox.getChildren().size() == rows.size() && sameRows(rows)) {
            return;
        }
        // A save rebuilds the rows: the focus stays among them rather than falling back to the sidebar.
        boolean focusWasHere = KeyboardFocus.isWithin(accountsBox);
        accountsBox.getChildren().setAll(rows.stream().map(row -> new AccountRow(row, viewModel)).toList());
        if (focusWasHere) {
            KeyboardFocus.enter(accountsBox);
        }
    }

    private boolean sameRows(List<AccountFormViewModel> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (((AccountRow) accountsBox.getChildren().get(i)).viewModel() != rows.get(i)) {
                return false;
            }
        }
        return true;
    }

    @FXML
    private void save() {
        contacts.save();
    }

    @FXML
    private void revert() {
        contacts.revert();
    }

    @FXML
    private void delete() {
        contacts.delete();
    }

    @FXML
    private void addAccount() {
        viewModel.addAccount();
        AccountRow last = (AccountRow) accountsBox.getChildren().get(accountsBox.getChildren().size() - 1);
        scrollIntoView(last);
        last.focusHandle();
    }

    /** Scrolls the form so that the whole node is in sight, once it has been laid out. */
    private void scrollIntoView(Node node) {
        Platform.runLater(() -> {
            scroller.getContent().applyCss();
            scroller.layout();
            double contentHeight = scroller.getContent().getLayoutBounds().getHeight();
            double viewportHeight = scroller.getViewportBounds().getHeight();
            if (contentHeight <= viewportHeight) {
                return;
            }
            Bounds bounds = scroller.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double offset = Math.max(0, bounds.getMaxY() + 8 - viewportHeight);
            scroller.setVvalue(Math.min(1, offset / (contentHeight - viewportHeight)));
        });
    }

    @FXML
    private void addNote() {
        viewModel.addNote();
    }

    @FXML
    private void clearRating() {
        viewModel.fitRatingProperty().set(null);
    }

    /** A note: its date, its text, and a button to remove it. */
    private final class NoteCell extends ListCell<FitNote> {
        @Override
        protected void updateItem(FitNote note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label date = new Label(Formats.mediumDate(note.notedAt().atZone(ZoneId.systemDefault())
                    .toLocalDate()));
            date.getStyleClass().add("note-date");
            date.setMinWidth(Region.USE_PREF_SIZE);
            Label text = new Label(note.text());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMaxWidth(Double.MAX_VALUE);
            Button remove = new Button(null, new FontIcon("fth-x"));
            remove.getStyleClass().addAll("flat", "small");
            remove.setOnAction(e -> viewModel.removeNote(note));
            remove.setAccessibleText(Texts.text("a11y.removeNote"));
            remove.setTooltip(new Tooltip(Texts.text("a11y.removeNote")));
            HBox box = new HBox(10, date, text, remove);
            setText(null);
            setGraphic(box);
        }
    }
}
