-- test: transaction=wrapped
UPDATE orders SET amount = amount * 100;
