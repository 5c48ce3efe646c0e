package dev.hostledger.kit.actor;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Sends commands on behalf of an actor, with the reason, so the events they produce say who and why. */
public class ActingCommandGateway {

    private final CommandGateway commandGateway;

    public ActingCommandGateway(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> R sendAndWait(Object command, Actor actor, String reason) {
        return commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData(reason)));
    }
}
