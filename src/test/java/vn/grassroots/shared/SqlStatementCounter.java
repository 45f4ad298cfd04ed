package vn.grassroots.shared;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares or creates, so that tests can hold
 * key pages to a fixed number of statements (no N+1 queries). Import it with
 * {@code @Import(SqlStatementCounter.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

	private static final AtomicInteger STATEMENTS = new AtomicInteger();

	/** Starts counting from zero. */
	public static void reset() {
		STATEMENTS.set(0);
	}

	/** Statements since the last reset. */
	public static int count() {
		return STATEMENTS.get();
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
					return proxy(DataSource.class, dataSource, (target, method, args) -> {
						Object result = invoke(method, target, args);
						return (result instanceof Connection c) ? proxy(Connection.class, c, (t, m, a) -> {
							if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
									|| m.getName().equals("prepareCall")) {
								STATEMENTS.incrementAndGet();
							}
							return invoke(m, t, a);
						}) : result;
					});
				}
				return bean;
			}
		};
	}

	interface Handler<T> {

		Object handle(T target, java.lang.reflect.Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
		InvocationHandler h = (p, method, args) -> handler.handle(target, method, args);
		return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] { type }, h);
	}

	static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
