package dev.hostledger.kit.actor;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/** Refuses any command that does not say who sent it, or an operator's command that does not say why. */
public class ActorRequiredInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Actor actor = Actor.fromMetaData(command.getMetaData()).orElseThrow(() -> new IllegalArgumentException(
                    "command " + command.getCommandName() + " has no actor: every command records who sent it"));
            Object reason = command.getMetaData().get(Actor.REASON_KEY);
            if (actor.type() == ActorType.OPERATOR && (reason == null || reason.toString().isBlank())) {
                throw new IllegalArgumentException(
                        "operator command " + command.getCommandName() + " has no reason: operators say why");
            }
            return command;
        };
    }
}
