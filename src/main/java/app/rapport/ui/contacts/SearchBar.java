package app.rapport.ui.contacts;

import app.rapport.domain.search.QueryKey;
import app.rapport.ui.common.Shortcuts;
import app.rapport.ui.common.Texts;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/** The search box's companions: the filter chips, the inline error and the help on the search language. */
final class SearchBar {

    private SearchBar() {
    }

    static void install(SearchViewModel search, TextField field, FlowPane chipBar, Label error) {
        for (FilterChip chip : search.chips()) {
            chipBar.getChildren().add(chipBox(chip));
        }
        error.textProperty().bind(search.errorTextProperty());
        error.visibleProperty().bind(search.errorTextProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        search.errorTextProperty().addListener((obs, old, text) -> {
            field.getStyleClass().remove("has-error");
            if (!text.isEmpty()) {
                field.getStyleClass().add("has-error");
            }
        });
        field.setOnKeyPressed(event -> {
            if (Shortcuts.CLEAR_SEARCH.keys().match(event) && !field.getText().isEmpty()) {
                search.clear();
                event.consume();
            }
        });
    }

    /** A chip: a small menu button captioned "Status: Partner", listing the values with the chosen one ticked. */
    private static MenuButton chipBox(FilterChip chip) {
        MenuButton box = new MenuButton();
        box.setId("chip-" + chip.key().word());
        box.getStyleClass().add("filter-chip");
        Runnable refresh = () -> {
            box.setText(chip.caption());
            box.getStyleClass().remove("chip-set");
            if (chip.valueProperty().get() != null) {
                box.getStyleClass().add("chip-set");
            }
        };
        // The menu is built when opened, so long lists (every niche) cost nothing until needed.
        box.setOnShowing(e -> {
            ToggleGroup group = new ToggleGroup();
            FilterChip.Option chosen = chip.optionFor(chip.valueProperty().get());
            box.getItems().setAll(chip.options().stream().map(option -> {
                RadioMenuItem item = new RadioMenuItem(option.label());
                item.setToggleGroup(group);
                item.setSelected(option == chosen);
                item.setOnAction(a -> chip.valueProperty().set(option.value()));
                return (MenuItem) item;
            }).toList());
        });
        box.getItems().add(new MenuItem(chip.options().get(0).label()));
        chip.valueProperty().addListener((obs, old, value) -> refresh.run());
        refresh.run();
        return box;
    }

    /** Shows what the search language understands, beside the help button. */
    static void showHelp(Node owner) {
        GridPane keys = new GridPane();
        keys.setHgap(14);
        keys.setVgap(4);
        int row = 0;
        for (QueryKey key : QueryKey.values()) {
            // One example a line and the help wrapped, so the keys with several examples keep the list narrow.
            Label example = new Label(String.join("\n", key.examples()));
            example.getStyleClass().add("code");
            Label help = new Label(key.help());
            help.setWrapText(true);
            help.setMaxWidth(330);
            keys.addRow(row++, example, help);
        }
        Label intro = new Label(Texts.text("contacts.search.helpIntro"));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        Label tail = new Label(QueryKey.syntax());
        tail.setWrapText(true);
        tail.setMaxWidth(560);
        VBox content = new VBox(10, intro, keys, tail);
        content.getStyleClass().add("search-help");
        content.setPadding(new Insets(14));
        PopOver popOver = new PopOver(content);
        popOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
        popOver.setTitle(Texts.text("contacts.search.helpTitle"));
        popOver.setHeaderAlwaysVisible(true);
        popOver.show(owner);
    }
}
