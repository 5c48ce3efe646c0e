package dev.hostledger.kit.actor;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

@AutoConfiguration(before = AxonAutoConfiguration.class)
public class ActorAutoConfiguration {

    /** Copies who and why from each command onto every event it produces. */
    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(Actor.TYPE_KEY, Actor.ID_KEY, Actor.REASON_KEY);
    }

    /** Axon's own provider backs off once any provider is declared; keep correlation and trace ids. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public ActingCommandGateway actingCommandGateway(CommandGateway commandGateway) {
        return new ActingCommandGateway(commandGateway);
    }

    @Bean
    public InitializingBean actorRequiredOnEveryCommand(CommandBus commandBus) {
        return () -> commandBus.registerDispatchInterceptor(new ActorRequiredInterceptor());
    }
}
