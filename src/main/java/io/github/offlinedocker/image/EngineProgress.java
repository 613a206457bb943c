package io.github.offlinedocker.image;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The stream of a pull or a push: each item's final status line goes to the output (the per-layer progress ticks
 * are noise), and the error the engine reported, if any, is kept.
 */
class EngineProgress<T extends ResponseItem> extends ResultCallback.Adapter<T> {

    private final Consumer<String> output;
    private volatile String error;

    EngineProgress(Consumer<String> output) {
        this.output = output;
    }

    @Override
    public void onNext(T item) {
        if (item.isErrorIndicated()) {
            error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage()
                    : item.getError();
        } else if (item.getStatus() != null && item.getProgressDetail() == null) {
            output.accept((item.getId() != null ? item.getId() + ": " : "") + item.getStatus());
        }
    }

    /**
     * An error the request ended with (an image the registry does not have, say): kept for the caller, who says
     * what it means, instead of docker-java's logging it with its stack trace as an error of the build.
     */
    @Override
    public void onError(Throwable throwable) {
        error = String.valueOf(throwable.getMessage()).strip();
        try {
            close();
        } catch (IOException e) {
            // The stream ended with the error either way.
        }
    }

    /** The error the engine reported; {@code null} when none. */
    String error() {
        return error;
    }
}
