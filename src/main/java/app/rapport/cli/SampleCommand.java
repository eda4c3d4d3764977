package app.rapport.cli;

import static app.rapport.cli.Say.say;

import app.rapport.service.ContactService;
import app.rapport.service.Session;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rapport sample}: adds the fictional sample contacts, as the window's button does. */
@Command(name = "sample", mixinStandardHelpOptions = true)
final class SampleCommand implements Callable<Integer> {

    @ParentCommand
    private RapportCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        parent.workspace();
        try (Session session = parent.openSession()) {
            ContactService contacts = session.contacts();
            int added = contacts.loadSample();
            spec.commandLine().getOut().println(say("sample.added", added, session.describe(),
                    contacts.countContacts()));
        }
        return 0;
    }
}
