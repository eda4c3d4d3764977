package app.rapport.ui.deals;

import app.rapport.domain.Deliverable;
import app.rapport.domain.Platform;
import app.rapport.domain.RuleViolation;
import app.rapport.domain.Text;
import app.rapport.ui.common.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One deliverable being edited. */
public final class DeliverableRow {

    private final ObjectProperty<Deliverable.Type> type =
            new SimpleObjectProperty<>(this, "type", Deliverable.Type.FEED_POST);
    private final ObjectProperty<Platform> platform = new SimpleObjectProperty<>(this, "platform");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "1");
    private final ObjectProperty<LocalDate> dueOn = new SimpleObjectProperty<>(this, "dueOn");
    private final ObjectProperty<Deliverable.Status> status =
            new SimpleObjectProperty<>(this, "status", Deliverable.Status.PLANNED);
    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final ObjectProperty<LocalDate> publishedOn = new SimpleObjectProperty<>(this, "publishedOn");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final Long id;

    DeliverableRow(Deliverable deliverable, Platform defaultPlatform, Supplier<LocalDate> today) {
        id = deliverable == null ? null : deliverable.id();
        platform.set(defaultPlatform);
        if (deliverable != null) {
            type.set(deliverable.type());
            platform.set(deliverable.platform());
            quantity.set(Integer.toString(deliverable.quantity()));
            dueOn.set(deliverable.dueOn());
            status.set(deliverable.status());
            link.set(Text.orEmpty(deliverable.link()));
            publishedOn.set(deliverable.publishedOn());
        }
        // Publishing is dated: the day defaults to when the status was set to Published.
        status.addListener((obs, old, now) -> {
            if (now == Deliverable.Status.PUBLISHED && publishedOn.get() == null) {
                publishedOn.set(today.get());
            }
        });
        observables().forEach(o -> o.addListener(obs -> validate()));
        validate();
    }

    private void validate() {
        try {
            toDeliverable();
            error.set("");
        } catch (RuleViolation e) {
            error.set(e.getMessage());
        } catch (NumberFormatException e) {
            error.set(Texts.text("deals.deliverable.wholeQuantity"));
        }
    }

    Deliverable toDeliverable() {
        return new Deliverable(id, type.get(), platform.get(), Integer.parseInt(quantity.get().strip()), dueOn.get(),
                status.get(), link.get(), publishedOn.get());
    }

    List<Observable> observables() {
        return List.of(type, platform, quantity, dueOn, status, link, publishedOn);
    }

    boolean isValid() {
        return error.get().isEmpty();
    }

    public ObjectProperty<Deliverable.Type> typeProperty() {
        return type;
    }

    public ObjectProperty<Platform> platformProperty() {
        return platform;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<LocalDate> dueOnProperty() {
        return dueOn;
    }

    public ObjectProperty<Deliverable.Status> statusProperty() {
        return status;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public ObjectProperty<LocalDate> publishedOnProperty() {
        return publishedOn;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
