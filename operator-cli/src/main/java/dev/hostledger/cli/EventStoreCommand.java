package dev.hostledger.cli;

import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "event-store", description = "Events, aggregates, head of the global index and processors' tokens.")
class EventStoreCommand extends ServiceOption implements Callable<Integer> {

    @Override
    public Integer call() {
        print(client().get("/ops/event-store"));
        return ExitCodes.OK;
    }
}
