UPDATE orders SET amount = amount * 100, amount_in_cents = true WHERE NOT amount_in_cents;
UPDATE orders SET amount = amount * 100 WHERE amount < 1000;
UPDATE users SET email = lower(trim(email));
UPDATE users SET name = coalesce(name, 'anonymous');
UPDATE orders SET amount = CASE WHEN amount < 1000 THEN amount * 100 ELSE amount END;
UPDATE orders SET amount = p.amount * 100 FROM prices p WHERE p.order_id = orders.id;
UPDATE orders SET amount_cents = amount * 100;
