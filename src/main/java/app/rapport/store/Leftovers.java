package app.rapport.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What killed commands leave in a workspace: a backup's {@code *.part}, an unpacked backup in {@code .restore/},
 * an unfinished stage in {@code .rekey/}, a safe write's {@code .rapport-*.tmp}. Each may hold the workspace in
 * plain text, so each is overwritten and deleted, at open and before an encryption change finishes.
 */
final class Leftovers {

    private Leftovers() {
    }

    /** Wipes every leftover; call only while holding the workspace lock, with no command running. */
    static void wipe(Workspace workspace) throws IOException {
        for (Path folder : List.of(workspace.root(), workspace.backupsDir())) {
            for (Path file : filesIn(folder)) {
                String name = file.getFileName().toString();
                if (name.endsWith(".part") || (name.startsWith(".rapport-") && name.endsWith(".tmp"))) {
                    WorkspaceFiles.wipe(file);
                }
            }
        }
        WorkspaceFiles.wipeFolder(workspace.root().resolve(".restore"));
        WorkspaceFiles.wipeFolder(workspace.root().resolve(Rekey.FOLDER));
    }

    /**
     * Wipes the damaged files a restore kept aside ({@code rapport.mv.db.damaged-*}): after an encryption change
     * they would hold the workspace as it was protected before, plain or under the old password.
     */
    static void wipeKeptDamage(Workspace workspace) throws IOException {
        for (Path file : filesIn(workspace.root())) {
            if (file.getFileName().toString().startsWith(workspace.databaseFile().getFileName() + ".damaged-")) {
                WorkspaceFiles.wipe(file);
            }
        }
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !Files.isDirectory(f)).toList();
        }
    }
}
