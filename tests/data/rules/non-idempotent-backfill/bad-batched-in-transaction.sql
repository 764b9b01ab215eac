-- test: transaction=wrapped
UPDATE orders SET amount = amount * 100 WHERE id BETWEEN 1 AND 10000;
