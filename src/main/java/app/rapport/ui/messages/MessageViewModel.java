package app.rapport.ui.messages;

import app.rapport.domain.Influencer;
import app.rapport.domain.Interaction;
import app.rapport.domain.Message;
import app.rapport.domain.MessageTemplate;
import app.rapport.domain.OutreachStatus;
import app.rapport.service.OutreachService;
import app.rapport.service.Settings;
import app.rapport.service.SettingsService;
import app.rapport.ui.common.Background;
import app.rapport.ui.common.ContactBook;
import app.rapport.ui.common.DialogService;
import app.rapport.ui.common.Errors;
import app.rapport.ui.common.StatusLine;
import app.rapport.ui.common.SystemActions;
import app.rapport.ui.common.Texts;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The message window: a template filled in for each recipient, copied or opened in the mail program.
 * Contacts marked Do not contact are left out; each message sent is logged on its contact.
 */
public final class MessageViewModel {

    // Properties
    private final ObservableList<Influencer> recipients = FXCollections.observableArrayList();
    private final ObservableList<MessageTemplate> templates = FXCollections.observableArrayList();
    private final ObjectProperty<MessageTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final ObjectProperty<Influencer> recipient = new SimpleObjectProperty<>(this, "recipient");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper(this, "subject", "");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final BooleanBinding canSend;
    private final BooleanBinding canOpenMail;

    private final int skipped;
    private final OutreachService outreach;
    private final ContactBook book;
    private final Background background;
    private final DialogService dialogs;
    private final StatusLine statusLine;
    private final SystemActions system;
    private Settings settings = Settings.DEFAULTS;
    private Message message;

    public MessageViewModel(List<Influencer> chosen, OutreachService outreach, SettingsService settingsService,
            ContactBook book, Background background, DialogService dialogs, StatusLine statusLine,
            SystemActions system) {
        this.outreach = outreach;
        this.book = book;
        this.background = background;
        this.dialogs = dialogs;
        this.statusLine = statusLine;
        this.system = system;
        List<Influencer> allowed = chosen.stream().filter(c -> !c.outreach().isDoNotContact()).toList();
        skipped = chosen.size() - allowed.size();
        recipients.setAll(allowed);
        recipient.set(allowed.isEmpty() ? null : allowed.get(0));
        canSend = template.isNotNull().and(recipient.isNotNull());
        canOpenMail = Bindings.createBooleanBinding(() -> canSend.get() && recipient.get().email() != null,
                canSend, recipient);
        template.addListener((obs, old, t) -> fill());
        recipient.addListener((obs, old, r) -> fill());
        background.run(() -> new Loaded(settingsService.templates(), settingsService.settings()), loaded -> {
            settings = loaded.settings();
            templates.setAll(loaded.templates());
            if (!templates.isEmpty()) {
                template.set(templates.get(0));
            }
            fill();
        }, failure -> dialogs.showError(Errors.describe(failure, "load the message templates",
                "templates.errors.load")));
    }

    private record Loaded(List<MessageTemplate> templates, Settings settings) {
    }

    private void fill() {
        MessageTemplate t = template.get();
        Influencer r = recipient.get();
        if (t == null || r == null) {
            message = null;
            subject.set("");
            body.set("");
            warning.set(recipients.isEmpty() ? Texts.text("templates.message.everyoneLeftOut") : "");
            return;
        }
        message = Message.fill(t, r, settings.sender());
        subject.set(message.subject());
        body.set(message.body());
        StringBuilder text = new StringBuilder();
        if (!message.missing().isEmpty()) {
            text.append(Texts.text("templates.message.missing", String.join(", ", message.missing().stream()
                    .map(f -> "{" + f + "}").toList()))).append(' ');
        }
        if (skipped > 0) {
            text.append(Texts.text("templates.message.leftOut", skipped));
        }
        warning.set(text.toString().strip());
    }

    // Commands

    /** Copies subject and body to the clipboard and logs the message on the contact. */
    public void copy() {
        if (message != null) {
            system.copyToClipboard(message.subject().isBlank() ? message.body()
                    : message.subject() + "\n\n" + message.body());
            sent(Interaction.Channel.PLATFORM_DM, Texts.text("templates.message.copied",
                    recipient.get().displayName()));
        }
    }

    /** Opens the message in the default mail program and logs it on the contact. */
    public void openMail() {
        Influencer r = recipient.get();
        if (message != null && r.email() != null) {
            system.openMail(MailtoLinks.of(r.email(), message));
            sent(Interaction.Channel.EMAIL, Texts.text("templates.message.opened",
                    r.displayName()));
        }
    }

    private void sent(Interaction.Channel channel, String done) {
        Influencer r = recipient.get();
        MessageTemplate t = template.get();
        Message m = message;
        background.run(() -> outreach.logMessageSent(r, t, m, channel), logged -> {
            statusLine.show(done);
            OutreachStatus suggested = logged.suggestedStatus();
            if (suggested != null && dialogs.confirm(Texts.text("templates.move.title", suggested.label()),
                    Texts.text("templates.move.question", r.displayName(), suggested.label()),
                    Texts.text("templates.move.title", suggested.label()))) {
                background.run(() -> outreach.moveTo(r.id(), suggested), book::put,
                        failure -> dialogs.showError(Errors.describe(failure, "change the status",
                                "templates.errors.changeStatus")));
            }
            next();
        }, failure -> dialogs.showError(Errors.describe(failure, "log the message", "templates.errors.log")));
    }

    /** Goes to the next recipient, if any. */
    public void next() {
        int i = recipients.indexOf(recipient.get());
        if (i >= 0 && i < recipients.size() - 1) {
            recipient.set(recipients.get(i + 1));
        }
    }

    // Properties

    public ObservableList<Influencer> recipients() {
        return recipients;
    }

    public ObservableList<MessageTemplate> templates() {
        return templates;
    }

    public ObjectProperty<MessageTemplate> templateProperty() {
        return template;
    }

    public ObjectProperty<Influencer> recipientProperty() {
        return recipient;
    }

    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** Missing values and left-out contacts, or "". */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    public BooleanBinding canOpenMailProperty() {
        return canOpenMail;
    }
}
