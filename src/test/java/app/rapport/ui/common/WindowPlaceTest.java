package app.rapport.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window is kept between starts, and where it opens on the screens there are now. */
class WindowPlaceTest {

    private static final Rectangle2D PRIMARY = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 984);

    @TempDir
    Path workspace;

    @Test
    void aPlaceWrittenIsReadBackWithItsDividers() throws Exception {
        WindowPlace place = WindowPlace.none().withBounds(new Rectangle2D(120, 80, 1300, 820)).withMaximized(true)
                .withDividers("contacts.0", List.of(0.55));

        place.write(workspace);

        WindowPlace read = WindowPlace.read(workspace);
        assertThat(read).isEqualTo(place);
        assertThat(read.dividers("contacts.0")).contains(List.of(0.55));
        assertThat(Files.list(workspace)).containsExactly(workspace.resolve(WindowPlace.FILE_NAME));
    }

    @Test
    void aWorkspaceWithoutAPlaceOrWithAGarbledOneOpensAtTheDefault() throws Exception {
        assertThat(WindowPlace.read(workspace)).isEqualTo(WindowPlace.none());

        Files.writeString(workspace.resolve(WindowPlace.FILE_NAME), "x=left\nwidth=-3\ndivider.contacts.0=wide\n");

        assertThat(WindowPlace.read(workspace)).isEqualTo(WindowPlace.none());
    }

    @Test
    void nothingIsWrittenIntoAFolderThatIsNotThere() throws Exception {
        Path missing = workspace.resolve("never-opened");

        WindowPlace.none().withBounds(new Rectangle2D(0, 0, 1000, 700)).write(missing);

        assertThat(missing).doesNotExist();
    }

    @Test
    void aWindowOnAScreenThatIsStillThereOpensWhereItWas() {
        WindowPlace place = WindowPlace.none().withBounds(new Rectangle2D(2000, 50, 1100, 800));

        assertThat(place.boundsOn(List.of(RIGHT), PRIMARY)).contains(new Rectangle2D(2000, 50, 1100, 800));
    }

    @Test
    void aWindowLeftOnAnUnpluggedScreenOpensCentredOnThePrimaryOne() {
        WindowPlace place = WindowPlace.none().withBounds(new Rectangle2D(2000, 50, 1100, 800));

        assertThat(place.boundsOn(List.of(), PRIMARY)).contains(new Rectangle2D(410, 120, 1100, 800));
    }

    @Test
    void aWindowLargerThanItsScreenShrinksToFitAndMovesOntoIt() {
        WindowPlace place = WindowPlace.none().withBounds(new Rectangle2D(1900, -20, 1800, 1200));

        assertThat(place.boundsOn(List.of(RIGHT, PRIMARY), PRIMARY)).contains(RIGHT);
        assertThat(WindowPlace.none().withBounds(new Rectangle2D(4000, 3000, 2500, 1600)).boundsOn(List.of(), PRIMARY))
                .contains(PRIMARY);
    }

    @Test
    void aPlaceWithoutBoundsLeavesTheDefaultSize() {
        assertThat(WindowPlace.none().withMaximized(true).boundsOn(List.of(PRIMARY), PRIMARY)).isEmpty();
    }
}
