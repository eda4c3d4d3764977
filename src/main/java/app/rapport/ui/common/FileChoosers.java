package app.rapport.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's own file and folder choosers, as the dialogs use them. */
final class FileChoosers {

    private FileChoosers() {
    }

    /** A file to read, offering the given extensions first. */
    static Optional<Path> open(Window owner, String title, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = Arrays.stream(extensions).map(e -> "*." + e).toList();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.text("common.files.importable"),
                patterns));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.text("common.files.all"), "*.*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** A folder. */
    static Optional<Path> folder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    /** A file to write; a name typed without an extension gets the one of the chosen file type. */
    static Optional<Path> save(Window owner, String title, String suggestedName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        for (String extension : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    Texts.text("common.files.ofType", extension.toUpperCase(Locale.ROOT)), "*." + extension));
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        String name = file.getName();
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        if (!name.contains(".") && chosen != null) {
            file = new File(file.getParentFile(), name + chosen.getExtensions().get(0).substring(1));
        }
        return Optional.of(file.toPath());
    }
}
