package app.rapport.service;

import app.rapport.domain.safety.WorkspaceHealth;
import java.nio.file.Path;

/**
 * A backup put in place of a damaged workspace: the check of the workspace as it now is, and where the damaged
 * file was kept ({@code null} when there was none).
 */
public record RestoredBackup(WorkspaceHealth health, Path damagedFileKeptAt) {
}
